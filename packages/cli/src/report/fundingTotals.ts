import type { Route } from "@weerbaar/core"
import { euro } from "../runtime/table.js"

/** The report's words for the funding sources, in the order the reports show them. */
export const fundingLabels: ReadonlyArray<readonly [Route.FundingSource, string]> = [
  ["programmabudget", "programme budget"],
  ["eigen-bijdrage", "own contribution"],
  ["uren-in-natura", "hours in kind"],
]

/** Totals per funding source as one phrase: "programme budget € …, own contribution € …, hours in kind € …". */
export const fundingPhrase = (totals: Route.FundingTotals): string =>
  fundingLabels.map(([source, label]) => `${label} ${euro(totals[source])}`).join(", ")

/** The phrase in parentheses after a total, or nothing for figures made before funding sources existed. */
export const fundingSuffix = (totals: Route.FundingTotals | undefined): string =>
  totals === undefined ? "" : ` (${fundingPhrase(totals)})`
