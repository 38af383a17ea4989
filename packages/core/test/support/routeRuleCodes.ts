import type { Rule } from "@weerbaar/core"
import type * as authority from "../../src/routes/rules/authority.js"
import type * as budgetEnvelope from "../../src/routes/rules/budgetEnvelope.js"
import type * as decisionRule from "../../src/routes/rules/decisionRule.js"
import type * as drafting from "../../src/routes/rules/drafting.js"
import type * as existence from "../../src/routes/rules/existence.js"
import type * as fourEyes from "../../src/routes/rules/fourEyes.js"
import type * as immutability from "../../src/routes/rules/immutability.js"
import type * as itemStatus from "../../src/routes/rules/itemStatus.js"
import type * as meeting from "../../src/routes/rules/meeting.js"
import type * as outcome from "../../src/routes/rules/outcome.js"
import type * as revocation from "../../src/routes/rules/revocation.js"
import type * as turnOrder from "../../src/routes/rules/turnOrder.js"

/** The codes of the rules each module exports (their check functions carry none). */
type CodesOf<Module> = Module extends unknown
  ? { [K in keyof Module]: Module[K] extends Rule<never, infer Code> ? Code : never }[keyof Module]
  : never

/**
 * Every code the route decider can refuse with, taken from the rule definitions in
 * `src/routes/rules/`, so a test naming a code that no rule has does not compile.
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
