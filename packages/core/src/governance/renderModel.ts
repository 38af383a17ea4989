import type { CalendarDate } from "../kernel/CalendarDate.js"
import { formatEuro } from "../kernel/Money.js"
import { levels } from "./Body.js"
import type { Membership } from "./Membership.js"
import type { GovernanceModel } from "./GovernanceModel.js"
import { membersOn, personName } from "./queries.js"
import { themeName } from "./Theme.js"
import { areaOn, referenceMunicipalitiesOn } from "./area.js"

const levelTitles = {
  bestuurlijk: "1 bestuurlijk",
  besturing: "2 besturing",
  beleid: "3 beleid",
  netwerk: "netwerk",
} as const

// A member who joined from another programme: their periods there.
const carried = (m: Membership): string =>
  m.history === undefined
    ? ""
    : ` (eerder in ${m.history.programme}: ${m.history.memberships
        .map((p) => `${p.bodyName} ${p.role} ${p.from}–${p.to ?? ""}`)
        .join("; ")})`

/**
 * The governance model as a readable text tree: the programme, its levels with their bodies
 * (a bestuurlijk body with its area) and the members on `date`, the municipalities of the area on
 * `date` (with where a member who joined from another programme sat there), the liaisons between bodies on `date` and the reference municipalities.
 *
 * @example
 * ```ts
 * console.log(renderGovernanceTree(samenWeerbaar(), calendarDate("2016-06-01")))
 * ```
 * @category governance
 */
export const renderGovernanceTree = (model: GovernanceModel, date: CalendarDate): string => {
  const lines: Array<string> = [
    `${model.programme.name} — ${model.programme.district} (since ${model.programme.startDate}, budget ${formatEuro(model.programme.availableBudget)})`,
    `members as of ${date}`,
  ]
  const area = areaOn(model, date)
  const references = referenceMunicipalitiesOn(model, date)
  const nameOf = (id: string) => {
    const g = model.organisations.find((o) => o.id === id)
    return g?.kind === "gemeente" ? `${g.name} (${g.cbsCode})` : id
  }
  const liaisons = (model.liaisons ?? []).filter((l) => l.from <= date && (l.to === undefined || date <= l.to))
  const bodyName = (id: string) => model.bodies.find((b) => b.id === id)?.name ?? id
  const presentLevels = levels.filter((level) => model.bodies.some((b) => b.level === level))
  presentLevels.forEach((level, levelIndex) => {
    const lastLevel =
      levelIndex === presentLevels.length - 1 && liaisons.length === 0 && area.length === 0 && references.length === 0
    lines.push(`${lastLevel ? "└─" : "├─"} ${levelTitles[level]}`)
    const bodies = model.bodies.filter((b) => b.level === level)
    bodies.forEach((body, bodyIndex) => {
      const lastBody = bodyIndex === bodies.length - 1
      const rail = lastLevel ? "   " : "│  "
      const theme = body.theme === undefined ? "" : ` [${themeName(model.themes, body.theme).nl}]`
      const bodyArea =
        body.area === undefined
          ? ""
          : ` — gebied: ${body.area.map((id) => model.organisations.find((o) => o.id === id)?.name ?? id).join(", ")}`
      lines.push(
        `${rail}${lastBody ? "└─" : "├─"} ${body.name}${theme}${bodyArea} (${body.decisionRule.method}${body.decisionRule.quorumPercent === undefined ? "" : `, quorum ${body.decisionRule.quorumPercent}%`})`,
      )
      const members = membersOn(model, body.id, date)
      members.forEach((m, memberIndex) => {
        lines.push(
          `${rail}${lastBody ? "   " : "│  "}${memberIndex === members.length - 1 ? "└─" : "├─"} ${m.role}: ${personName(model, m.person)}${carried(m)}`,
        )
      })
    })
  })
  if (liaisons.length > 0) {
    const last = area.length === 0 && references.length === 0
    lines.push(`${last ? "└─" : "├─"} afstemming (${liaisons.length})`)
    liaisons.forEach((l, i) => {
      const members = l.members.map((p) => personName(model, p)).join(", ")
      lines.push(
        `${last ? "   " : "│  "}${i === liaisons.length - 1 ? "└─" : "├─"} ${bodyName(l.body)} (${members}) ↔ voorzitter ${bodyName(l.counterpartBody)}: ${personName(model, l.counterpart)}${l.subject === undefined ? "" : ` — ${l.subject}`}`,
      )
    })
  }
  if (area.length > 0) {
    lines.push(`${references.length === 0 ? "└─" : "├─"} gemeenten (${area.length})`)
    const rail = references.length === 0 ? "   " : "│  "
    area.forEach((id, i) => lines.push(`${rail}${i === area.length - 1 ? "└─" : "├─"} ${nameOf(id)}`))
  }
  if (references.length > 0) {
    lines.push(`└─ referentiegemeenten (${references.length})`)
    references.forEach((r, i) => lines.push(`   ${i === references.length - 1 ? "└─" : "├─"} ${nameOf(r.id)}`))
  }
  return lines.join("\n")
}
