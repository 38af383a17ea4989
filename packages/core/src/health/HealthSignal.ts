import type { Localized } from "../kernel/Localized.js"
import type { Facts, Rule } from "../kernel/Refusal.js"

/** How a randvoorwaarde stands: `green` (met), `amber` (at risk) or `red` (not met). @category health */
export type HealthSignal = "green" | "amber" | "red"

const severity: Record<HealthSignal, number> = { green: 0, amber: 1, red: 2 }

/** The worst of signals; `green` for none. @category health */
export const worstSignal = (signals: ReadonlyArray<HealthSignal>): HealthSignal =>
  signals.reduce<HealthSignal>((worst, s) => (severity[s] > severity[worst] ? s : worst), "green")

/**
 * The signal of a measured value against an amber and a red threshold: red from `red` on,
 * amber from `amber` on.
 * @example
 * ```ts
 * signalAt(45, { amber: 30, red: 90 }) // "amber"
 * ```
 * @category health
 */
export const signalAt = (value: number, thresholds: { readonly amber: number; readonly red: number }): HealthSignal =>
  value >= thresholds.red ? "red" : value >= thresholds.amber ? "amber" : "green"

/**
 * One fact-based finding about a randvoorwaarde: the check (a stable code), its signal, the facts
 * it rests on, and what it means in Dutch and English.
 * @category health
 */
export interface HealthFinding {
  readonly code: string
  readonly signal: HealthSignal
  readonly check: Localized
  readonly facts: Facts
  readonly explanation: Localized
}

/** A finding of `check` with `facts` and the signal they give. @category health */
export const finding = <F extends Facts>(check: Rule<F>, signal: HealthSignal, facts: F): HealthFinding => ({
  code: check.code,
  signal,
  check: check.rule,
  facts,
  explanation: check.explain(facts),
})

/** The three randvoorwaarden of the plan. @category health */
export type Randvoorwaarde = "staffing" | "commitment" | "budget"

/**
 * One randvoorwaarde: its signal (the worst of its findings) and every finding behind it.
 * @category health
 */
export interface HealthCondition {
  readonly condition: Randvoorwaarde
  readonly signal: HealthSignal
  readonly findings: ReadonlyArray<HealthFinding>
}

/** A condition from its findings. @category health */
export const conditionOf = (condition: Randvoorwaarde, findings: ReadonlyArray<HealthFinding>): HealthCondition => ({
  condition,
  signal: worstSignal(findings.map((f) => f.signal)),
  findings,
})
