import { Schema } from "effect"
import { Cents, formatEuro, MaxTotalCents } from "../kernel/Money.js"
import { Title } from "../kernel/Text.js"
import { OrganisationId } from "../governance/Ids.js"

/**
 * Who pays a budget line: the programme's budget (`programmabudget`), the partner's own money
 * (`eigen-bijdrage`), or the partner's hours in kind (`uren-in-natura`). Only programme-funded lines
 * are committed on the programme's ledger.
 * @category routes
 */
export const FundingSource = Schema.Literal("programmabudget", "eigen-bijdrage", "uren-in-natura").annotations({
  identifier: "FundingSource",
  description: "Who pays the line: the programme budget, the partner's own contribution, or hours in kind",
})
/** @category routes */
export type FundingSource = typeof FundingSource.Type

/** The funding sources, in the order reports show them. @category routes */
export const fundingSources: ReadonlyArray<FundingSource> = ["programmabudget", "eigen-bijdrage", "uren-in-natura"]

/**
 * One line of a proposal's budget: what for (category), which organisation spends it, in which
 * year, the amount in euro cents (never negative, at most `MaxLineCents`), and who pays it
 * (`funding`; absent in lines recorded before it existed, which the programme budget paid).
 * @category routes
 */
export class BudgetLine extends Schema.Class<BudgetLine>("BudgetLine")({
  category: Title,
  organisation: OrganisationId,
  year: Schema.Int.pipe(Schema.between(2000, 2100)),
  amount: Cents,
  funding: Schema.optional(FundingSource),
}) {}

/** The total of budget lines: their sum, whatever their funding. @category routes */
export const budgetTotal = (lines: ReadonlyArray<BudgetLine>): number =>
  lines.reduce((sum, line) => sum + line.amount, 0)

/** A line's funding source; a line without one is programme-funded. @category routes */
export const fundingOf = (line: BudgetLine): FundingSource => line.funding ?? "programmabudget"

/**
 * The programme-funded total of budget lines: what an accord commits on the programme's ledger.
 * @category routes
 */
export const programmeFunded = (lines: ReadonlyArray<BudgetLine>): number =>
  budgetTotal(lines.filter((line) => fundingOf(line) === "programmabudget"))

/** Totals of budget lines per funding source, in euro cents. @category routes */
export const FundingTotals = Schema.Struct({
  programmabudget: Schema.Int,
  "eigen-bijdrage": Schema.Int,
  "uren-in-natura": Schema.Int,
}).annotations({ identifier: "FundingTotals" })
/** @category routes */
export type FundingTotals = typeof FundingTotals.Type

/** The totals of budget lines per funding source. @category routes */
export const totalsBySource = (lines: ReadonlyArray<BudgetLine>): FundingTotals => ({
  programmabudget: programmeFunded(lines),
  "eigen-bijdrage": budgetTotal(lines.filter((line) => fundingOf(line) === "eigen-bijdrage")),
  "uren-in-natura": budgetTotal(lines.filter((line) => fundingOf(line) === "uren-in-natura")),
})

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
