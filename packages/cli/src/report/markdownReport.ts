import { besluitenlijstSummary } from "./besluitenlijst.js"
import { coherenceMarkdown } from "./coherenceSection.js"
import { governanceMermaid } from "./governanceChart.js"
import { progressMarkdown } from "./progressMarkdown.js"
import type { ReportData } from "./ReportData.js"

/**
 * The programme's status as Markdown: chart (Mermaid), timeline, the meetings' besluitenlijsten, and
 * the progress report's figures
 * (phase matrix, budget, health, the signals per municipality and measure, late milestones,
 * information products), and the coherence of the measures across themes (Samenhang).
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
    "## Timeline",
    "",
    ...data.timeline.map((t) => `- ${t.date} · ${t.kind === "decision" ? "besluit" : "mijlpaal"} · ${t.text}`),
    "",
    ...(data.besluitenlijsten.length === 0
      ? []
      : [
          "## Besluitenlijsten",
          "",
          ...data.besluitenlijsten.flatMap((lijst) => {
            const [head, ...points] = besluitenlijstSummary(lijst)
            return [`- ${head}`, ...points.map((p) => `  - ${p}`)]
          }),
          "",
        ]),
    ...progressMarkdown(data),
    "",
    ...coherenceMarkdown(data.coherence),
  ].join("\n")
}
