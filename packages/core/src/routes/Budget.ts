import { Schema } from "effect"
import { Cents } from "../kernel/Money.js"
import { OrganisationId } from "../governance/Ids.js"

/**
 * One line of a proposal's budget: what for (category), which organisation spends it, in which
 * year, and the amount in euro cents (never negative).
 * @category routes
 */
export class BudgetLine extends Schema.Class<BudgetLine>("BudgetLine")({
  category: Schema.NonEmptyTrimmedString,
  organisation: OrganisationId,
  year: Schema.Int.pipe(Schema.between(2000, 2100)),
  amount: Cents,
}) {}

/** The total of budget lines: their sum. @category routes */
export const budgetTotal = (lines: ReadonlyArray<BudgetLine>): number =>
  lines.reduce((sum, line) => sum + line.amount, 0)

/**
 * The programme's budget position: what is available and what accorded proposals have committed.
 * @category routes
 */
export interface BudgetPosition {
  readonly available: number
  readonly committed: number
}
