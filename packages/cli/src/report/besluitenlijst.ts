import type { Meeting } from "@weerbaar/core"
import { escapeHtml } from "./escapeHtml.js"

type Lijst = Meeting.Besluitenlijst

const names = (people: ReadonlyArray<{ readonly name: string }>) =>
  people.length === 0 ? "—" : people.map((p) => p.name).join(", ")

const voteWords: Record<string, string> = { for: "voor", against: "tegen", abstain: "onthouding" }

const status = (lijst: Lijst) =>
  lijst.adopted !== undefined
    ? `vastgesteld op ${lijst.adopted.on}${"meetingId" in lijst.adopted.adoptedIn ? ` in ${lijst.adopted.adoptedIn.meetingId}` : ` in schriftelijke ronde ${lijst.adopted.adoptedIn.writtenRoundId}`}`
    : lijst.status === "gesloten"
      ? "gesloten, nog niet vastgesteld"
      : "concept"

const header = (lijst: Lijst) => [
  `${lijst.date}${lijst.time === undefined ? "" : ` ${lijst.time}`}${lijst.place === undefined ? "" : `, ${lijst.place}`}${lijst.online ? " (online)" : ""}`,
  `Status: ${status(lijst)}`,
]

/** A meeting's besluitenlijst as Markdown, in the words of the meeting. */
export const besluitenlijstMarkdown = (lijst: Lijst): string =>
  [
    `# Besluitenlijst ${lijst.bodyName} — ${lijst.meetingId}`,
    "",
    ...header(lijst).map((l) => `${l}  `),
    "",
    `**Aanwezig:** ${names(lijst.present)}  `,
    ...(lijst.substitutes.length === 0
      ? []
      : [`**Vervanging:** ${lijst.substitutes.map((s) => `${s.substitute.name} voor ${s.member.name}`).join(", ")}  `]),
    `**Afgemeld:** ${names(lijst.apologies)}  `,
    `**Afwezig:** ${names(lijst.absent)}`,
    "",
    ...lijst.points.flatMap((p) => [
      `## ${p.point}. ${p.title}`,
      "",
      `Onderwerp: ${p.about}${p.papers.length === 0 ? "" : `; stukken: ${p.papers.join("; ")}`}  `,
      ...p.recused.map((r) => `Belangenconflict: ${r.name} (${r.reason}), neemt niet deel aan het besluit  `),
      ...(p.votes.length === 0
        ? []
        : [`Stemming: ${p.votes.map((v) => `${v.name} ${voteWords[v.vote] ?? v.vote}`).join(", ")}  `]),
      p.decision === undefined
        ? "Besluit: geen (aangehouden)"
        : `**Besluit ${p.decision.decisionId}:** ${p.decision.decision}${p.decision.rationale === undefined ? "" : ` — ${p.decision.rationale}`}`,
      "",
    ]),
    "## Actiepunten",
    "",
    ...(lijst.actions.length === 0
      ? ["Geen."]
      : [
          "| actie | wie | uiterlijk | agendapunt |",
          "|---|---|---|---|",
          ...lijst.actions.map((a) => `| ${a.action} | ${a.owner.name} | ${a.due} | ${a.point ?? ""} |`),
        ]),
    "",
    ...(lijst.minutes === undefined ? [] : ["## Verslag", "", lijst.minutes, ""]),
  ].join("\n")

/** A meeting's besluitenlijst as one printable HTML page (A4, no scripts). */
export const besluitenlijstHtml = (lijst: Lijst): string => {
  const e = escapeHtml
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Besluitenlijst ${e(lijst.bodyName)} — ${e(lijst.meetingId)}</title>
<style>
@page { size: A4; margin: 2cm; }
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 45em; margin: 0 auto; padding: 1em; color: #1a1a1a; }
h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.5em; }
table { border-collapse: collapse; width: 100%; } th, td { border: 1px solid #767676; padding: 0.3em 0.5em; text-align: left; vertical-align: top; }
.besluit { font-weight: bold; }
</style>
</head>
<body>
<h1>Besluitenlijst ${e(lijst.bodyName)} — ${e(lijst.meetingId)}</h1>
${header(lijst)
  .map((l) => `<p>${e(l)}</p>`)
  .join("\n")}
<dl>
<dt>Aanwezig</dt><dd>${e(names(lijst.present))}</dd>
${lijst.substitutes.length === 0 ? "" : `<dt>Vervanging</dt><dd>${e(lijst.substitutes.map((s) => `${s.substitute.name} voor ${s.member.name}`).join(", "))}</dd>`}
<dt>Afgemeld</dt><dd>${e(names(lijst.apologies))}</dd>
<dt>Afwezig</dt><dd>${e(names(lijst.absent))}</dd>
</dl>
${lijst.points
  .map(
    (p) => `<h2>${p.point}. ${e(p.title)}</h2>
<p>Onderwerp: ${e(p.about)}${p.papers.length === 0 ? "" : `; stukken: ${e(p.papers.join("; "))}`}</p>
${p.recused.map((r) => `<p>Belangenconflict: ${e(r.name)} (${e(r.reason)}), neemt niet deel aan het besluit</p>`).join("\n")}
${p.votes.length === 0 ? "" : `<p>Stemming: ${e(p.votes.map((v) => `${v.name} ${voteWords[v.vote] ?? v.vote}`).join(", "))}</p>`}
<p class="besluit">${p.decision === undefined ? "Besluit: geen (aangehouden)" : `Besluit ${e(p.decision.decisionId)}: ${e(p.decision.decision)}${p.decision.rationale === undefined ? "" : ` — ${e(p.decision.rationale)}`}`}</p>`,
  )
  .join("\n")}
<h2>Actiepunten</h2>
${
  lijst.actions.length === 0
    ? "<p>Geen.</p>"
    : `<table><thead><tr><th scope="col">actie</th><th scope="col">wie</th><th scope="col">uiterlijk</th><th scope="col">agendapunt</th></tr></thead><tbody>
${lijst.actions.map((a) => `<tr><td>${e(a.action)}</td><td>${e(a.owner.name)}</td><td>${e(a.due)}</td><td>${a.point ?? ""}</td></tr>`).join("\n")}
</tbody></table>`
}
${lijst.minutes === undefined ? "" : `<h2>Verslag</h2>\n<p>${e(lijst.minutes)}</p>`}
</body>
</html>
`
}

/** Each meeting's decisions in a few lines, for the status report: where, who, what was decided. */
export const besluitenlijstSummary = (lijst: Lijst): ReadonlyArray<string> => [
  `${lijst.date} · ${lijst.bodyName} (${lijst.meetingId}) · ${lijst.present.length + lijst.substitutes.length} aanwezig · ${status(lijst)}`,
  ...lijst.points.map(
    (p) =>
      `${p.point}. ${p.title}: ${p.decision === undefined ? "geen besluit" : `${p.decision.decisionId} — ${p.decision.decision}`}`,
  ),
]
