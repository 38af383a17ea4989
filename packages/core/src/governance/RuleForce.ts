import { Schema } from "effect"

/**
 * What a failing rule does to an act: `weigeren` refuses it, `signaleren` lets it through with a
 * signal the DVO sees (comply or explain), `uit` lets it through silently.
 * @category governance
 */
export const RuleForce = Schema.Literal("weigeren", "signaleren", "uit")
/** @category governance */
export type RuleForce = typeof RuleForce.Type

/**
 * The forces a governance model sets, by rule code; a rule the model does not name refuses
 * (`weigeren`). An invariant may not be named with a weaker force.
 * @category governance
 */
export const RuleForces = Schema.Record({ key: Schema.String, value: RuleForce }).annotations({
  description: "The force of each rule the model sets, by rule code; every other rule refuses (weigeren)",
})
/** @category governance */
export type RuleForces = typeof RuleForces.Type

/** The force of the rule `code` under `forces`: `weigeren` unless set. @category governance */
export const forceOf = (forces: RuleForces | undefined, code: string): RuleForce => forces?.[code] ?? "weigeren"
