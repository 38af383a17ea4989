import { notAMember, mayNotActFor } from "./rules/authority.js"
import { budgetRequired, budgetNotAllowed, unknownOrganisation, exceedsAvailable } from "./rules/budgetEnvelope.js"
import {
  quorumNotMet,
  noMembersPresent,
  voterNotEntitled,
  votesRequired,
  ruleNotSatisfied,
} from "./rules/decisionRule.js"
import { noRoute, notADrafter } from "./rules/drafting.js"
import { itemNotFound, itemExists } from "./rules/existence.js"
import { fourEyes } from "./rules/fourEyes.js"
import { taskUnknownOrganisation } from "./rules/partnerTask.js"
import { decisionExists } from "./rules/immutability.js"
import { notEditable, notSubmittable, notOnRoute, notWithdrawable } from "./rules/itemStatus.js"
import { meetingInFuture, meetingBeforeSubmission, attendeeNotMember, submissionInFuture } from "./rules/meeting.js"
import { outcomeNotAllowed, remarksRequired } from "./rules/outcome.js"
import {
  decisionNotFound,
  notFinal,
  meetingBeforeDecision,
  alreadyRevoked,
  notDecidingBody,
} from "./rules/revocation.js"
import { substituteNotAllowed } from "./rules/substitution.js"
import { noStepLeft, notYourTurn, previousStepNotApproved } from "./rules/turnOrder.js"
import { pilotNotAProposal } from "./rules/pilotKind.js"
import { pilotMunicipalityNotHost } from "./rules/pilotMunicipality.js"

/**
 * Every rule the route decider (and the budget ledger it reacts on) applies, from the rule
 * definitions in `routes/rules/`.
 * @category routes
 */
export const routeRules = [
  notAMember,
  mayNotActFor,
  budgetRequired,
  budgetNotAllowed,
  unknownOrganisation,
  taskUnknownOrganisation,
  exceedsAvailable,
  quorumNotMet,
  noMembersPresent,
  voterNotEntitled,
  votesRequired,
  ruleNotSatisfied,
  noRoute,
  notADrafter,
  itemNotFound,
  itemExists,
  fourEyes,
  decisionExists,
  notEditable,
  notSubmittable,
  notOnRoute,
  notWithdrawable,
  meetingInFuture,
  meetingBeforeSubmission,
  submissionInFuture,
  attendeeNotMember,
  substituteNotAllowed,
  outcomeNotAllowed,
  remarksRequired,
  decisionNotFound,
  notFinal,
  meetingBeforeDecision,
  alreadyRevoked,
  notDecidingBody,
  noStepLeft,
  notYourTurn,
  previousStepNotApproved,
  pilotNotAProposal,
  pilotMunicipalityNotHost,
] as const

/**
 * Every code the route decider can refuse with: code that names a code no rule has (a
 * misspelling) does not compile.
 * @category routes
 */
export type RouteRuleCode = (typeof routeRules)[number]["code"]
