import type { Route } from "@weerbaar/core"
import { euro } from "../runtime/table.js"
import { fundingPhrase, fundingSuffix } from "./fundingTotals.js"
import { phaseStyle } from "./phases.js"
import { signalLine, signalSectionTitle } from "./signalSection.js"

const row = (cells: ReadonlyArray<string>) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`

const phaseOrder = ["geen", "niet_relevant", "gepland", "pilot", "in_uitvoering", "geborgd"]

/**
 * The figures of a progress report as Markdown sections: phase matrix with totals per theme,
 * reference municipalities, budget per proposal and partner, health, signals, late milestones and
 * information products. `weerbaar report` and a voortgangsrapportage's `show` print these.
 */
export const progressMarkdown = (data: Route.ProgressReport): ReadonlyArray<string> => [
  "## Phase matrix",
  "",
  row(["measure", "status", ...data.municipalities.map((m) => m.name)]),
  row(["---", "---", ...data.municipalities.map(() => "---")]),
  ...data.matrix.map((r) =>
    row([
      `${r.title} (${r.practiceId})${r.network === undefined ? "" : ` — network agreement: ${r.network}`}`,
      r.status,
      ...data.municipalities.map((m) => phaseStyle[r.phases[m.id] ?? "geen"]?.mark ?? ""),
    ]),
  ),
  "",
  "### Totals per theme",
  "",
  row(["theme", "measures", ...phaseOrder]),
  row(["---", "---", ...phaseOrder.map(() => "---")]),
  ...data.themes.map((t) =>
    row([
      t.theme,
      t.networkMeasures === undefined || t.networkMeasures === 0
        ? String(t.measures)
        : `${t.measures} (${t.networkMeasures} of the network)`,
      ...phaseOrder.map((p) => String(t.phases[p] ?? 0)),
    ]),
  ),
  "",
  ...(data.references.length === 0
    ? []
    : [
        "## Reference municipalities (outside the district)",
        "",
        ...data.references.map(
          (r) =>
            `- ${r.name}${r.reason === undefined ? "" : ` (${r.reason})`}: ${r.tracks.length === 0 ? "no tracks" : r.tracks.map((t) => `${t.title} (${t.practiceId}): ${t.phase}`).join("; ")}`,
        ),
        "",
      ]),
  "## Budget",
  "",
  `- available: ${euro(data.budget.available)}`,
  `- committed by accords (programme budget): ${euro(data.budget.committed)}`,
  `- free: ${euro(data.budget.available - data.budget.committed)}`,
  ...(data.budget.funding === undefined
    ? []
    : [`- accorded per funding source: ${fundingPhrase(data.budget.funding)}`]),
  ...data.budget.proposals.map(
    (p) =>
      `- ${p.title} (${p.itemId}): committed ${euro(p.committed)}, budgeted ${euro(p.budgeted)}${fundingSuffix(p.funding)}, spent ${euro(p.spent)}`,
  ),
  ...data.budget.partners.map(
    (p) => `- ${p.name}: budgeted ${euro(p.budgeted)}${fundingSuffix(p.funding)}, spent ${euro(p.spent)}`,
  ),
  "",
  `## Health: ${data.health.signal}`,
  "",
  ...data.health.conditions.flatMap((c) => [
    `- **${c.condition}**: ${c.signal}`,
    ...c.findings.filter((f) => f.signal !== "green").map((f) => `  - ${f.signal} · ${f.code}: ${f.explanation.nl}`),
  ]),
  "",
  `## ${signalSectionTitle}`,
  "",
  ...(data.signals.length === 0
    ? ["geen"]
    : data.signals.flatMap((g) => [
        `### ${g.municipality}`,
        "",
        ...g.measures.flatMap((m) => [`- **${m.measure}**`, ...m.signals.map((s) => `  - ${signalLine(s)}`)]),
        "",
      ])),
  "",
  "## Late milestones",
  "",
  ...(data.agenda.late.length === 0
    ? ["none"]
    : data.agenda.late.map((m) => `- ${m.title} (${m.ownerBody}): due ${m.dueDate}, ${m.daysLate} days late`)),
  "",
  "## Information products",
  "",
  ...(data.information.length === 0
    ? ["none"]
    : data.information.map(
        (p) =>
          `- ${p.productId} (${p.kind}, ${p.producer}, ${p.scope}): ${p.status}${p.deliveredOn === undefined ? "" : `, delivered ${p.deliveredOn}`}`,
      )),
  "",
]
