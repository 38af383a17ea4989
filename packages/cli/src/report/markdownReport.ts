import { governanceMermaid } from "./governanceChart.js"
import { phaseStyle } from "./phases.js"
import type { ReportData } from "./ReportData.js"
import { euro } from "../runtime/table.js"
import { signalLine, signalSectionTitle } from "./signalSection.js"

const row = (cells: ReadonlyArray<string>) => `| ${cells.map((c) => c.replace(/\|/g, "\\|")).join(" | ")} |`

/**
 * The programme's status as Markdown: chart (Mermaid), phase matrix, timeline, budget, health, the
 * signals per municipality and measure, late milestones.
 */
export const markdownReport = (data: ReportData): string => {
  const { model } = data
  return [
    `# ${model.programme.name} — status on ${data.asOf}`,
    "",
    `${model.programme.district}; ${data.municipalities.length} municipalities; programme started ${model.programme.startDate}.`,
    "",
    "## Governance",
    "",
    governanceMermaid(model),
    "",
    "## Phase matrix",
    "",
    row(["measure", "status", ...data.municipalities.map((m) => m.name)]),
    row(["---", "---", ...data.municipalities.map(() => "---")]),
    ...data.matrix.map((r) =>
      row([
        `${r.title} (${r.practiceId})`,
        r.status,
        ...data.municipalities.map((m) => phaseStyle[r.phases[m.id] ?? "geen"]?.mark ?? ""),
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
    "## Timeline",
    "",
    ...data.timeline.map((t) => `- ${t.date} · ${t.kind === "decision" ? "besluit" : "mijlpaal"} · ${t.text}`),
    "",
    "## Budget",
    "",
    `- available: ${euro(data.budget.available)}`,
    `- committed by accords: ${euro(data.budget.committed)}`,
    `- free: ${euro(data.budget.available - data.budget.committed)}`,
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
  ].join("\n")
}
