import type { notAMember, mayNotActFor } from "./rules/authority.js"
import type { budgetRequired, budgetNotAllowed, unknownOrganisation, exceedsAvailable } from "./rules/budgetEnvelope.js"
import type {
  quorumNotMet,
  noMembersPresent,
  voterNotEntitled,
  votesRequired,
  ruleNotSatisfied,
} from "./rules/decisionRule.js"
import type { noRoute, notADrafter } from "./rules/drafting.js"
import type { itemNotFound, itemExists } from "./rules/existence.js"
import type { fourEyes } from "./rules/fourEyes.js"
import type { decisionExists } from "./rules/immutability.js"
import type { notEditable, notSubmittable, notOnRoute, notWithdrawable } from "./rules/itemStatus.js"
import type { meetingInFuture, meetingBeforeSubmission, attendeeNotMember } from "./rules/meeting.js"
import type { outcomeNotAllowed, remarksRequired } from "./rules/outcome.js"
import type {
  decisionNotFound,
  notFinal,
  meetingBeforeDecision,
  alreadyRevoked,
  notDecidingBody,
} from "./rules/revocation.js"
import type { noStepLeft, notYourTurn, previousStepNotApproved } from "./rules/turnOrder.js"

/**
 * Every code the route decider can refuse with, taken from the rule definitions in
 * `routes/rules/`: code that names a code no rule has (a misspelling) does not compile.
 * @category routes
 */
export type RouteRuleCode =
  | (typeof notAMember)["code"]
  | (typeof mayNotActFor)["code"]
  | (typeof budgetRequired)["code"]
  | (typeof budgetNotAllowed)["code"]
  | (typeof unknownOrganisation)["code"]
  | (typeof exceedsAvailable)["code"]
  | (typeof quorumNotMet)["code"]
  | (typeof noMembersPresent)["code"]
  | (typeof voterNotEntitled)["code"]
  | (typeof votesRequired)["code"]
  | (typeof ruleNotSatisfied)["code"]
  | (typeof noRoute)["code"]
  | (typeof notADrafter)["code"]
  | (typeof itemNotFound)["code"]
  | (typeof itemExists)["code"]
  | (typeof fourEyes)["code"]
  | (typeof decisionExists)["code"]
  | (typeof notEditable)["code"]
  | (typeof notSubmittable)["code"]
  | (typeof notOnRoute)["code"]
  | (typeof notWithdrawable)["code"]
  | (typeof meetingInFuture)["code"]
  | (typeof meetingBeforeSubmission)["code"]
  | (typeof attendeeNotMember)["code"]
  | (typeof outcomeNotAllowed)["code"]
  | (typeof remarksRequired)["code"]
  | (typeof decisionNotFound)["code"]
  | (typeof notFinal)["code"]
  | (typeof meetingBeforeDecision)["code"]
  | (typeof alreadyRevoked)["code"]
  | (typeof notDecidingBody)["code"]
  | (typeof noStepLeft)["code"]
  | (typeof notYourTurn)["code"]
  | (typeof previousStepNotApproved)["code"]
