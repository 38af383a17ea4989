import type { Rule } from "../kernel/Refusal.js"
import type * as authority from "./rules/authority.js"
import type * as budgetEnvelope from "./rules/budgetEnvelope.js"
import type * as decisionRule from "./rules/decisionRule.js"
import type * as drafting from "./rules/drafting.js"
import type * as existence from "./rules/existence.js"
import type * as fourEyes from "./rules/fourEyes.js"
import type * as immutability from "./rules/immutability.js"
import type * as itemStatus from "./rules/itemStatus.js"
import type * as meeting from "./rules/meeting.js"
import type * as outcome from "./rules/outcome.js"
import type * as revocation from "./rules/revocation.js"
import type * as turnOrder from "./rules/turnOrder.js"

/** The codes of the rules each module exports (their check functions carry none). */
type CodesOf<Module> = Module extends unknown
  ? { [K in keyof Module]: Module[K] extends Rule<never, infer Code> ? Code : never }[keyof Module]
  : never

/**
 * Every code the route decider can refuse with, taken from the rule definitions in
 * `routes/rules/`: code that names a code no rule has (a misspelling) does not compile.
 * @category routes
 */
export type RouteRuleCode = CodesOf<
  | typeof authority
  | typeof budgetEnvelope
  | typeof decisionRule
  | typeof drafting
  | typeof existence
  | typeof fourEyes
  | typeof immutability
  | typeof itemStatus
  | typeof meeting
  | typeof outcome
  | typeof revocation
  | typeof turnOrder
>
