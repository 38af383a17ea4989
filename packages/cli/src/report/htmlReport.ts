import { besluitenlijstSummary } from "./besluitenlijst.js"
import { coherenceHtml } from "./coherenceSection.js"
import { budgetDetailsHtml, informationHtml, themeTotalsHtml } from "./progressHtml.js"
import { governanceSvg } from "./governanceChart.js"
import { phaseStyle, signalColour } from "./phases.js"
import type { ReportData } from "./ReportData.js"
import { euro } from "../runtime/table.js"
import { escapeHtml } from "./escapeHtml.js"
import { signalLine, signalSectionTitle } from "./signalSection.js"

const styles = `
body { font-family: system-ui, sans-serif; margin: 2rem; color: #222; }
table { border-collapse: collapse; font-size: 12px; }
th, td { border: 1px solid #ccc; padding: 4px 6px; }
th.m { writing-mode: vertical-rl; transform: rotate(180deg); }
.legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; border: 1px solid #ccc; }
.signal { display: inline-block; width: 12px; height: 12px; border-radius: 6px; vertical-align: middle; }
${Object.entries(phaseStyle)
  .map(([phase, s]) => `.p-${phase} { background: ${s.colour}; }`)
  .join("\n")}
`

const signal = (s: string) => `<span class="signal" style="background:${signalColour[s] ?? "#999"}"></span> ${s}`

/**
 * The programme's status as one self-contained HTML file: inline SVG chart, coloured phase matrix,
 * timeline, budget, health, the signals per municipality and measure, and the coherence (Samenhang).
 */
export const htmlReport = (data: ReportData): string => {
  const { model } = data
  const matrix = [
    "<table><thead><tr><th>measure</th><th>status</th>",
    ...data.municipalities.map((m) => `<th class="m">${escapeHtml(m.name)}</th>`),
    "</tr></thead><tbody>",
    ...data.matrix.map(
      (r) =>
        `<tr><td>${escapeHtml(r.title)}<br><small>${escapeHtml(r.practiceId)}${r.network === undefined ? "" : ` — network agreement: ${escapeHtml(r.network)}`}</small></td><td>${escapeHtml(r.status)}</td>${data.municipalities
          .map((m) => {
            const phase = r.phases[m.id] ?? "geen"
            return `<td class="p-${phase}" title="${escapeHtml(`${m.name}: ${phase}`)}">${escapeHtml(phaseStyle[phase]?.mark ?? phase)}</td>`
          })
          .join("")}</tr>`,
    ),
    "</tbody></table>",
  ].join("\n")
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${escapeHtml(model.programme.name)} — ${data.asOf}</title><style>${styles}</style></head>
<body>
<h1>${escapeHtml(model.programme.name)} — status on ${data.asOf}</h1>
<p>${escapeHtml(model.programme.district)}; ${data.municipalities.length} municipalities; programme started ${model.programme.startDate}.</p>
<h2>Governance</h2>
${governanceSvg(model)}
<h2>Phase matrix</h2>
<p class="legend">${Object.entries(phaseStyle)
    .map(([phase, s]) => `<span class="p-${phase}">${escapeHtml(s.mark)} = ${phase}</span>`)
    .join("")}</p>
${matrix}
${themeTotalsHtml(data)}
${
  data.references.length === 0
    ? ""
    : `<h2>Reference municipalities (outside the district)</h2>
<ul>${data.references
        .map(
          (r) =>
            `<li>${escapeHtml(r.name)}${r.reason === undefined ? "" : ` (${escapeHtml(r.reason)})`}: ${r.tracks.length === 0 ? "no tracks" : r.tracks.map((t) => escapeHtml(`${t.title} (${t.practiceId}): ${t.phase}`)).join("; ")}</li>`,
        )
        .join("\n")}</ul>`
}
<h2>Timeline</h2>
<ul>${data.timeline.map((t) => `<li>${t.date} · ${t.kind === "decision" ? "besluit" : "mijlpaal"} · ${escapeHtml(t.text)}</li>`).join("\n")}</ul>
${besluitenlijstenHtml(data)}
<h2>Budget</h2>
<ul><li>available: ${euro(data.budget.available)}</li><li>committed by accords (programme budget): ${euro(data.budget.committed)}</li><li>free: ${euro(data.budget.available - data.budget.committed)}</li></ul>
${budgetDetailsHtml(data)}
<h2>Health: ${signal(data.health.signal)}</h2>
<ul>${data.health.conditions
    .map(
      (c) =>
        `<li><strong>${c.condition}</strong>: ${signal(c.signal)}<ul>${c.findings
          .filter((f) => f.signal !== "green")
          .map((f) => `<li>${f.signal} · ${escapeHtml(f.code)}: ${escapeHtml(f.explanation.nl)}</li>`)
          .join("")}</ul></li>`,
    )
    .join("\n")}</ul>
<h2>${signalSectionTitle}</h2>
${
  data.signals.length === 0
    ? "<p>geen</p>"
    : data.signals
        .map(
          (g) =>
            `<h3>${escapeHtml(g.municipality)}</h3><ul>${g.measures
              .map(
                (m) =>
                  `<li><strong>${escapeHtml(m.measure)}</strong><ul>${m.signals.map((s) => `<li>${escapeHtml(signalLine(s))}</li>`).join("")}</ul></li>`,
              )
              .join("")}</ul>`,
        )
        .join("\n")
}
<h2>Late milestones</h2>
<ul>${data.agenda.late.length === 0 ? "<li>none</li>" : data.agenda.late.map((m) => `<li>${escapeHtml(m.title)} (${escapeHtml(m.ownerBody)}): due ${m.dueDate}, ${m.daysLate} days late</li>`).join("\n")}</ul>
${informationHtml(data)}
${coherenceHtml(data.coherence)}
</body></html>
`
}

// Each meeting's decisions, in a list per meeting; nothing when no meeting was held.
const besluitenlijstenHtml = (data: ReportData): string =>
  data.besluitenlijsten.length === 0
    ? ""
    : `<h2>Besluitenlijsten</h2>
<ul>${data.besluitenlijsten
        .map((lijst) => {
          const [head, ...points] = besluitenlijstSummary(lijst)
          return `<li>${escapeHtml(head ?? "")}<ul>${points.map((p) => `<li>${escapeHtml(p)}</li>`).join("")}</ul></li>`
        })
        .join("\n")}</ul>`
