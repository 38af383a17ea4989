import type { CalendarDate } from "../kernel/CalendarDate.js"
import { formatEuro } from "../kernel/Money.js"
import { levels } from "./Body.js"
import type { GovernanceModel } from "./GovernanceModel.js"
import { membersOn, personName } from "./queries.js"
import { themeNames } from "./Theme.js"

const levelTitles = {
  bestuurlijk: "1 bestuurlijk",
  besturing: "2 besturing",
  beleid: "3 beleid",
  netwerk: "netwerk",
} as const

/**
 * The governance model as a readable text tree: the programme, its levels with their bodies
 * and the members on `date`, and the municipalities.
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
  const presentLevels = levels.filter((level) => model.bodies.some((b) => b.level === level))
  presentLevels.forEach((level, levelIndex) => {
    const lastLevel = levelIndex === presentLevels.length - 1 && model.programme.municipalities.length === 0
    lines.push(`${lastLevel ? "└─" : "├─"} ${levelTitles[level]}`)
    const bodies = model.bodies.filter((b) => b.level === level)
    bodies.forEach((body, bodyIndex) => {
      const lastBody = bodyIndex === bodies.length - 1
      const rail = lastLevel ? "   " : "│  "
      const theme = body.theme === undefined ? "" : ` [${themeNames[body.theme].nl}]`
      lines.push(
        `${rail}${lastBody ? "└─" : "├─"} ${body.name}${theme} (${body.decisionRule.method}${body.decisionRule.quorumPercent === undefined ? "" : `, quorum ${body.decisionRule.quorumPercent}%`})`,
      )
      const members = membersOn(model, body.id, date)
      members.forEach((m, memberIndex) => {
        lines.push(
          `${rail}${lastBody ? "   " : "│  "}${memberIndex === members.length - 1 ? "└─" : "├─"} ${m.role}: ${personName(model, m.person)}`,
        )
      })
    })
  })
  if (model.programme.municipalities.length > 0) {
    lines.push(`└─ gemeenten (${model.programme.municipalities.length})`)
    const gemeenten = model.programme.municipalities.map((id) => model.organisations.find((o) => o.id === id))
    gemeenten.forEach((g, i) => {
      const label = g?.kind === "gemeente" ? `${g.name} (${g.cbsCode})` : String(model.programme.municipalities[i])
      lines.push(`   ${i === gemeenten.length - 1 ? "└─" : "├─"} ${label}`)
    })
  }
  return lines.join("\n")
}
