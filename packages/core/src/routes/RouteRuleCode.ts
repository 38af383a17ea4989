import type { Rule } from "../kernel/Refusal.js"
import type { notAMember, mayNotActFor } from "./rules/authority.js"
import type { budgetRequired, budgetNotAllowed, unknownOrganisation, exceedsAvailable } from "./rules/budgetEnvelope.js"
import type { quorumNotMet, noMembersPresent, voterNotEntitled, votesRequired, ruleNotSatisfied } from "./rules/decisionRule.js"
import type { noRoute, notADrafter } from "./rules/drafting.js"
import type { itemNotFound, itemExists } from "./rules/existence.js"
import type { fourEyes } from "./rules/fourEyes.js"
import type { decisionExists } from "./rules/immutability.js"
import type { notEditable, notSubmittable, notOnRoute, notWithdrawable } from "./rules/itemStatus.js"
import type { meetingInFuture, meetingBeforeSubmission, attendeeNotMember } from "./rules/meeting.js"
import type { outcomeNotAllowed, remarksRequired } from "./rules/outcome.js"
import type { decisionNotFound, notFinal, meetingBeforeDecision, alreadyRevoked, notDecidingBody } from "./rules/revocation.js"
import type { noStepLeft, notYourTurn, previousStepNotApproved } from "./rules/turnOrder.js"

type CodeOf<R> = R extends Rule<never, infer Code> ? Code : never

/**
 * Every code the route decider can refuse with, taken from the rule definitions in
 * `routes/rules/`: code that names a code no rule has (a misspelling) does not compile.
 * @category routes
 */
export type RouteRuleCode = CodeOf<
  | typeof notAMember
  | typeof mayNotActFor
  | typeof budgetRequired
  | typeof budgetNotAllowed
  | typeof unknownOrganisation
  | typeof exceedsAvailable
  | typeof quorumNotMet
  | typeof noMembersPresent
  | typeof voterNotEntitled
  | typeof votesRequired
  | typeof ruleNotSatisfied
  | typeof noRoute
  | typeof notADrafter
  | typeof itemNotFound
  | typeof itemExists
  | typeof fourEyes
  | typeof decisionExists
  | typeof notEditable
  | typeof notSubmittable
  | typeof notOnRoute
  | typeof notWithdrawable
  | typeof meetingInFuture
  | typeof meetingBeforeSubmission
  | typeof attendeeNotMember
  | typeof outcomeNotAllowed
  | typeof remarksRequired
  | typeof decisionNotFound
  | typeof notFinal
  | typeof meetingBeforeDecision
  | typeof alreadyRevoked
  | typeof notDecidingBody
  | typeof noStepLeft
  | typeof notYourTurn
  | typeof previousStepNotApproved
>
