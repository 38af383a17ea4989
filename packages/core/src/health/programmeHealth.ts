import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { budgetHealth } from "./budget.js"
import { type CommitmentInput, commitmentHealth } from "./commitment.js"
import { type HealthCondition, type HealthSignal, worstSignal } from "./HealthSignal.js"
import { type Adoption, membershipHistory } from "./membershipHistory.js"
import type { Spending } from "./spending.js"
import { staffingHealth } from "./staffing.js"

/**
 * Everything the randvoorwaarden are computed from: the adopted governance models (the latest in
 * force), the accorded measures with their tracks and confirmations, and the spending per proposal.
 * @category health
 */
export interface HealthInput extends CommitmentInput {
  readonly adoptions: ReadonlyArray<Adoption>
  readonly spending: ReadonlyMap<string, Spending>
}

/**
 * The programme's health on a date: each randvoorwaarde (staffing, commitment, budget) with its
 * signal and the findings behind it, and the overall signal (the worst).
 * @category health
 */
export interface ProgrammeHealth {
  readonly date: CalendarDate
  readonly signal: HealthSignal
  readonly conditions: ReadonlyArray<HealthCondition>
}

/**
 * The programme's health on `date` under the thresholds of the model in force
 * (`model.settings.health`).
 *
 * @example
 * ```ts
 * const health = programmeHealth(model, input, calendarDate("2017-03-01"))
 * health.conditions.map((c) => [c.condition, c.signal]) // [["staffing", "red"], ["commitment", "amber"], ...]
 * ```
 * @category health
 */
export const programmeHealth = (model: GovernanceModel, input: HealthInput, date: CalendarDate): ProgrammeHealth => {
  const memberships = membershipHistory(
    input.adoptions.length === 0 ? [{ model, adoptedOn: model.programme.startDate }] : input.adoptions,
  )
  const conditions = [
    staffingHealth(model, memberships, date),
    commitmentHealth(model, input, date),
    budgetHealth(model, input.measures, input.spending),
  ]
  return { date, signal: worstSignal(conditions.map((c) => c.signal)), conditions }
}
