import { formatEuro } from "../kernel/Money.js"
import { planThemes, type ThemeDefinition, themeName } from "../governance/Theme.js"
import { budgetTotal, fundingOf } from "../routes/Budget.js"
import type { HandoverPackage, PackagedPractice } from "./HandoverPackage.js"

const originNames: Record<PackagedPractice["origin"], string> = {
  "elders-nl": "elders in Nederland",
  buitenland: "buitenland",
  "eigen-ontwikkeling": "eigen ontwikkeling",
}

const practiceSection = (p: PackagedPractice, themes: ReadonlyArray<ThemeDefinition>): ReadonlyArray<string> => [
  `## ${p.title} (\`${p.practiceId}\`)`,
  "",
  `- Thema: ${themeName(themes, p.theme).nl}`,
  `- Herkomst: ${originNames[p.origin]} — ${p.source}`,
  `- Beoogde effecten: ${p.intendedEffects.length === 0 ? "—" : p.intendedEffects.join("; ")}`,
  `- Akkoord: ${p.accord.bodyName}, besluit ${p.accord.decisionId} d.d. ${p.accord.meetingDate}`,
  `- Overdracht: ${p.handover.bodyName}, besluit ${p.handover.decisionId} d.d. ${p.handover.meetingDate}`,
  "",
  p.description,
  "",
  ...(p.documentation === undefined
    ? ["_Nog niet gedocumenteerd._", ""]
    : [
        "### Beschrijving",
        "",
        p.documentation.description,
        "",
        "### Context",
        "",
        p.documentation.context,
        "",
        "### Randvoorwaarden",
        "",
        p.documentation.conditions,
        "",
        "### Uitvoeringsafspraken",
        "",
        p.documentation.executionAgreements,
        "",
      ]),
  "### Evaluaties",
  "",
  ...p.evaluations.flatMap((e) => [
    `- **${e.evaluationId}** (${e.kind === "pilot" ? "pilot" : "uitvoering"}, ${e.evaluatedOn}, ${e.evaluatedBy}): bewijsniveau *${e.evidenceLevel}*`,
    `  - Methode: ${e.method}`,
    `  - Bevindingen: ${e.findings}`,
    ...e.measuredEffects.map((m) => `  - Gemeten effect — ${m.effect}: ${m.result}`),
  ]),
  "",
  `### Begroting (${formatEuro(budgetTotal(p.budget))})`,
  "",
  ...(p.budget.length === 0
    ? ["—"]
    : [
        "| categorie | organisatie | jaar | bedrag | financiering |",
        "|---|---|---|---|---|",
        ...p.budget.map(
          (l) => `| ${l.category} | ${l.organisation} | ${l.year} | ${formatEuro(l.amount)} | ${fundingOf(l)} |`,
        ),
      ]),
  "",
  "### Sporen per gemeente",
  "",
  ...(p.tracks.length === 0
    ? ["—"]
    : [
        "| gemeente | fase | toelichting |",
        "|---|---|---|",
        ...p.tracks.map(
          (t) =>
            `| ${t.name}${t.cbsCode === undefined ? "" : ` (${t.cbsCode})`} | ${t.phase} | ${[t.reason, ...t.maatwerk].filter((s) => s !== undefined).join("; ")} |`,
        ),
      ]),
  "",
]

/**
 * The handover package as a Markdown document in Dutch, for people: the decision, every practice
 * with its documentation, evaluations, budget and tracks, and the information method. Theme names
 * come from `themes`, the sending model's (the plan's three by default).
 * @category handover
 */
export const renderHandoverMarkdown = (
  pkg: HandoverPackage,
  themes: ReadonlyArray<ThemeDefinition> = planThemes,
): string => {
  const { content } = pkg
  return [
    `# Overdracht: ${content.title}`,
    "",
    `Van ${content.from.programme} (${content.from.district}), besluit ${content.decision.decisionId} van ${content.decision.bodyName} d.d. ${content.decision.meetingDate}.`,
    `Pakketversie ${pkg.packageVersion}, opgemaakt ${content.createdAt} door ${content.createdBy}; minimaal bewijsniveau ${content.minimumEvidence}.`,
    `SHA-256: \`${pkg.digest}\``,
    "",
    content.description,
    "",
    ...content.practices.flatMap((p) => practiceSection(p, themes)),
    `## Informatiemethode: ${content.information.method.name}`,
    "",
    content.information.method.description,
    "",
    `Coördinatie: ${content.information.method.coordinator}`,
    "",
    "### Gebundelde inzichten",
    "",
    ...(content.information.products.length === 0
      ? ["—"]
      : content.information.products.map(
          (p) =>
            `- ${p.kind} (${p.producer}, ${p.scope}${p.deliveredOn === undefined ? "" : `, ${p.deliveredOn}`}; ${p.classification})${p.title === undefined ? "" : `: ${p.title}`}${p.shareableSummary === undefined ? "" : `\n  - Deelbare samenvatting (goedgekeurd ${p.shareableSummary.approvedOn}): ${p.shareableSummary.text}`}`,
        )),
    "",
  ].join("\n")
}
