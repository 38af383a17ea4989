import { Schema } from "effect"
import { Cents, formatEuro, MaxTotalCents } from "../kernel/Money.js"
import { Title } from "../kernel/Text.js"
import { OrganisationId } from "../governance/Ids.js"

/**
 * One line of a proposal's budget: what for (category), which organisation spends it, in which
 * year, and the amount in euro cents (never negative, at most `MaxLineCents`).
 * @category routes
 */
export class BudgetLine extends Schema.Class<BudgetLine>("BudgetLine")({
  category: Title,
  organisation: OrganisationId,
  year: Schema.Int.pipe(Schema.between(2000, 2100)),
  amount: Cents,
}) {}

/** The total of budget lines: their sum. @category routes */
export const budgetTotal = (lines: ReadonlyArray<BudgetLine>): number =>
  lines.reduce((sum, line) => sum + line.amount, 0)

/**
 * A budget: its lines, whose total is at most `MaxTotalCents` (€ 10 billion), so that the total of
 * a budget, and every sum the ledger and the reports make of budgets, stays a safe integer.
 * @category routes
 */
export const Budget = Schema.Array(BudgetLine).pipe(
  Schema.filter((lines) => budgetTotal(lines) <= MaxTotalCents, {
    // Also asked when the lines themselves failed (then `actual` is any input): the total is named
    // only for lines that decoded.
    message: (issue) =>
      `expected budget lines totalling at most ${MaxTotalCents} cents (${formatEuro(MaxTotalCents)})${issue._tag === "Refinement" && issue.kind === "Predicate" ? `, got ${budgetTotal(issue.actual as ReadonlyArray<BudgetLine>)}` : ""}`,
  }),
  Schema.annotations({
    description: `Budget lines; their total is at most ${MaxTotalCents} cents`,
  }),
)

/**
 * The programme's budget position: what is available and what accorded proposals have committed.
 * @category routes
 */
export interface BudgetPosition {
  readonly available: number
  readonly committed: number
}
