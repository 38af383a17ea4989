import type { Practice } from "@weerbaar/core"
import { escapeHtml } from "./escapeHtml.js"

const tracksText = (measure: Practice.CoherenceMeasure): string =>
  measure.tracks.length === 0
    ? "geen trajecten"
    : measure.tracks.map((t) => `${t.municipalityName}: ${t.phase}`).join(", ")

const linkText = (link: Practice.CoherenceLink): string =>
  `${link.practice.title} (${link.practice.themeName}) ↔ ${link.related.title} (${link.related.themeName})${link.acrossThemes ? "" : " — binnen één thema"}: ${link.note}`

const overlapText = (overlap: Practice.CoherenceOverlap): string =>
  `${overlap.municipalityName}: ${overlap.themes
    .map((t) => `${t.themeName} (${t.measures.map((m) => `${m.title}: ${m.phase}`).join(", ")})`)
    .join("; ")}`

/** The coherence view as lines of plain text, with names: per theme, links, overlaps. */
export const coherenceLines = (view: Practice.Coherence): ReadonlyArray<string> => [
  "Per thema",
  ...view.themes.flatMap((t) => [
    `  ${t.themeName}`,
    ...(t.measures.length === 0
      ? ["    geen maatregelen"]
      : t.measures.map((m) => `    ${m.title} — ${m.status}; ${tracksText(m)}`)),
  ]),
  "Gekoppelde maatregelen",
  ...(view.links.length === 0 ? ["  geen"] : view.links.map((l) => `  ${linkText(l)}`)),
  "Gemeenten waar thema's samenkomen (actieve trajecten)",
  ...(view.overlaps.length === 0 ? ["  geen"] : view.overlaps.map((o) => `  ${overlapText(o)}`)),
]

/** The Markdown section "Samenhang" of the status report. */
export const coherenceMarkdown = (view: Practice.Coherence): ReadonlyArray<string> => [
  "## Samenhang",
  "",
  ...view.themes.flatMap((t) => [
    `### ${t.themeName}`,
    "",
    ...(t.measures.length === 0
      ? ["- geen maatregelen"]
      : t.measures.map((m) => `- ${m.title} — ${m.status}; ${tracksText(m)}`)),
    "",
  ]),
  "### Gekoppelde maatregelen",
  "",
  ...(view.links.length === 0 ? ["- geen"] : view.links.map((l) => `- ${linkText(l)}`)),
  "",
  "### Gemeenten waar thema's samenkomen",
  "",
  ...(view.overlaps.length === 0 ? ["- geen"] : view.overlaps.map((o) => `- ${overlapText(o)}`)),
  "",
]

const list = (items: ReadonlyArray<string>): string =>
  `<ul>${(items.length === 0 ? ["geen"] : items).map((i) => `<li>${escapeHtml(i)}</li>`).join("")}</ul>`

/** The HTML section "Samenhang" of the status report. */
export const coherenceHtml = (view: Practice.Coherence): string =>
  [
    "<h2>Samenhang</h2>",
    ...view.themes.map(
      (t) =>
        `<h3>${escapeHtml(t.themeName)}</h3>${list(t.measures.map((m) => `${m.title} — ${m.status}; ${tracksText(m)}`))}`,
    ),
    `<h3>Gekoppelde maatregelen</h3>${list(view.links.map(linkText))}`,
    `<h3>Gemeenten waar thema's samenkomen</h3>${list(view.overlaps.map(overlapText))}`,
  ].join("\n")
