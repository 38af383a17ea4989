import type { Route } from "@weerbaar/core"
import { euro } from "../runtime/table.js"
import { escapeHtml } from "./escapeHtml.js"
import { fundingLabels } from "./fundingTotals.js"

// The parts of a progress report's figures the HTML report shows beside its matrix and health, as
// the Markdown report does: totals per theme, budget per proposal and partner, information products.

const phaseOrder = ["geen", "niet_relevant", "gepland", "pilot", "in_uitvoering", "geborgd"]

/** The totals per theme: measures, and tracks per phase. */
export const themeTotalsHtml = (data: Route.ProgressReport): string =>
  `<h3>Totals per theme</h3>
<table><thead><tr><th scope="col">theme</th><th scope="col">measures</th>${phaseOrder.map((p) => `<th scope="col">${p}</th>`).join("")}</tr></thead><tbody>
${data.themes
  .map(
    (t) =>
      `<tr><th scope="row">${escapeHtml(t.theme)}</th><td>${t.measures}</td>${phaseOrder.map((p) => `<td>${t.phases[p] ?? 0}</td>`).join("")}</tr>`,
  )
  .join("\n")}
</tbody></table>`

const sourceHeads = fundingLabels.map(([, label]) => `<th scope="col">${label}</th>`).join("")
const sourceCells = (totals: Route.FundingTotals | undefined) =>
  fundingLabels.map(([source]) => `<td>${totals === undefined ? "—" : euro(totals[source])}</td>`).join("")

/**
 * The accorded lines' totals per funding source, then per accorded proposal and per partner:
 * committed, budgeted (per funding source) and spent.
 */
export const budgetDetailsHtml = (data: Route.ProgressReport): string =>
  `${
    data.budget.funding === undefined
      ? ""
      : `<table><thead><tr><th scope="col">accorded</th>${sourceHeads}</tr></thead><tbody>
<tr><th scope="row">per funding source</th>${sourceCells(data.budget.funding)}</tr>
</tbody></table>
`
  }<table><thead><tr><th scope="col">proposal</th><th scope="col">committed</th><th scope="col">budgeted</th>${sourceHeads}<th scope="col">spent</th></tr></thead><tbody>
${data.budget.proposals
  .map(
    (p) =>
      `<tr><th scope="row">${escapeHtml(`${p.title} (${p.itemId})`)}</th><td>${euro(p.committed)}</td><td>${euro(p.budgeted)}</td>${sourceCells(p.funding)}<td>${euro(p.spent)}</td></tr>`,
  )
  .join("\n")}
</tbody></table>
<table><thead><tr><th scope="col">partner</th><th scope="col">budgeted</th>${sourceHeads}<th scope="col">spent</th></tr></thead><tbody>
${data.budget.partners
  .map(
    (p) =>
      `<tr><th scope="row">${escapeHtml(p.name)}</th><td>${euro(p.budgeted)}</td>${sourceCells(p.funding)}<td>${euro(p.spent)}</td></tr>`,
  )
  .join("\n")}
</tbody></table>`

/** The information products with their status. */
export const informationHtml = (data: Route.ProgressReport): string =>
  `<h2>Information products</h2>
<ul>${
    data.information.length === 0
      ? "<li>none</li>"
      : data.information
          .map(
            (p) =>
              `<li>${escapeHtml(`${p.productId} (${p.kind}, ${p.producer}, ${p.scope}): ${p.status}${p.deliveredOn === undefined ? "" : `, delivered ${p.deliveredOn}`}`)}</li>`,
          )
          .join("\n")
  }</ul>`
