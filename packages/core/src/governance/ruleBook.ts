import type { Rule } from "../kernel/Refusal.js"
import { reasonRequired } from "../kernel/signalReason.js"
import { governanceRules } from "./governanceRules.js"
import { handoverRules } from "../handover/handoverRules.js"
import { programmeEnded } from "../handover/programmeEndedRule.js"
import { executionRules } from "../health/executionRules.js"
import { informationRules } from "../information/rules.js"
import { confidentialContentEntitledOnly } from "../information/rules/confidentialContentEntitledOnly.js"
import { shareableSummaryRules } from "../information/rules/shareableSummary.js"
import { milestoneRules } from "../milestones/milestoneRules.js"
import { pointDecided, pointNotFound, pointSubjectDiffers } from "../meetings/rules/agendaPoint.js"
import {
  meetingClosed,
  meetingNotClosed,
  minutesAdopted,
  minutesAdoptedTooEarly,
} from "../meetings/rules/meetingClosed.js"
import { meetingExists, meetingNotFound, unknownBody } from "../meetings/rules/meetingExistence.js"
import { notPresent, recordDiffers } from "../meetings/rules/presence.js"
import { writtenRoundRules } from "../meetings/rules/writtenRound.js"
import { practiceRules } from "../practices/practiceRules.js"
import { trackRules } from "../practices/trackRules.js"
import { routeRules } from "../routes/RouteRuleCode.js"
import { confirmationBeforeAccord } from "../health/rules/confirmationBeforeAccord.js"
import { confirmationInFuture } from "../health/rules/confirmationInFuture.js"
import { evaluationBeforeStart } from "../practices/rules/evaluationBeforeStart.js"
import { executionBeforeAccord } from "../practices/rules/executionBeforeAccord.js"
import { exemptionDatedBeforeAccord } from "../practices/rules/exemptionDatedBeforeAccord.js"
import { pilotBeforeDesignation } from "../practices/rules/pilotBeforeDesignation.js"
import { trackBeforeAccord } from "../practices/rules/trackBeforeAccord.js"
import { trackBeforePreviousMove } from "../practices/rules/trackBeforePreviousMove.js"
import { trackPilotBeforeDesignation } from "../practices/rules/trackPilotBeforeDesignation.js"
import { networkAgreementBeforeAgreed } from "../practices/rules/networkAgreementBeforeAgreed.js"
import { networkAgreementHandedOver } from "../practices/rules/networkAgreementHandedOver.js"
import { scopeOutsideArea } from "../information/rules/scopeOutsideArea.js"
import { linkToItself } from "../practices/rules/linkToItself.js"
import { alreadyLinked } from "../practices/rules/alreadyLinked.js"
import { linkRelatedNotFound } from "../practices/rules/linkRelatedNotFound.js"
import { mayNotLink } from "../practices/rules/mayNotLink.js"
import { pilotPracticeNotCandidate } from "../practices/rules/pilotPracticeCandidate.js"

/**
 * Every rule of the rule book, from every part's rule definitions: the rules a governance model
 * may give a force (those that are not invariants). The health checks are not here: they report,
 * they never refuse.
 * @category governance
 */
export const ruleBook: ReadonlyArray<Rule<never>> = [
  ...routeRules,
  ...Object.values(governanceRules),
  ...Object.values(practiceRules),
  pilotBeforeDesignation,
  executionBeforeAccord,
  evaluationBeforeStart,
  networkAgreementBeforeAgreed,
  networkAgreementHandedOver,
  linkToItself,
  alreadyLinked,
  linkRelatedNotFound,
  mayNotLink,
  pilotPracticeNotCandidate,
  ...Object.values(trackRules),
  trackBeforeAccord,
  trackPilotBeforeDesignation,
  trackBeforePreviousMove,
  exemptionDatedBeforeAccord,
  ...Object.values(milestoneRules),
  meetingNotFound,
  meetingExists,
  unknownBody,
  meetingClosed,
  minutesAdopted,
  meetingNotClosed,
  minutesAdoptedTooEarly,
  pointNotFound,
  pointDecided,
  pointSubjectDiffers,
  notPresent,
  recordDiffers,
  ...Object.values(writtenRoundRules),
  ...Object.values(handoverRules),
  programmeEnded,
  ...Object.values(informationRules),
  scopeOutsideArea,
  confidentialContentEntitledOnly,
  ...Object.values(shareableSummaryRules),
  ...Object.values(executionRules),
  confirmationBeforeAccord,
  confirmationInFuture,
  reasonRequired,
]

/** The rule of the rule book with `code`, if any. @category governance */
export const ruleOfCode = (code: string): Rule<never> | undefined => byCode().get(code)

let index: ReadonlyMap<string, Rule<never>> | undefined
// Built on first use: the rule definitions are evaluated before any model is validated.
const byCode = (): ReadonlyMap<string, Rule<never>> => {
  index ??= new Map(ruleBook.map((r) => [r.code, r]))
  return index
}
