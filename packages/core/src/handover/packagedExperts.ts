import { Option } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyName, findOrganisation } from "../governance/queries.js"
import type { ExpertGroupPeriod, PackagedExpert } from "./PackagedExpert.js"

/**
 * The members of the programme's expert groups (the bodies of level `beleid`) who sat in one on or
 * before `date`, each with every period in them: what a handover package carries so that they can
 * join the network's expert group.
 * @category handover
 */
export const packagedExperts = (model: GovernanceModel, date: CalendarDate): ReadonlyArray<PackagedExpert> => {
  const groups = new Set<string>(model.bodies.filter((b) => b.level === "beleid").map((b) => b.id))
  const periods = new Map<string, Array<ExpertGroupPeriod>>()
  for (const m of model.memberships) {
    if (!groups.has(m.body) || m.from > date) continue
    const period: ExpertGroupPeriod = {
      body: m.body,
      bodyName: bodyName(model, m.body),
      role: m.role,
      from: m.from,
      ...(m.to === undefined ? {} : { to: m.to }),
    }
    periods.set(m.person, [...(periods.get(m.person) ?? []), period])
  }
  return [...periods.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([personId, memberships]) => {
      const person = model.persons.find((p) => p.id === personId)
      if (person === undefined) return []
      const organisation = Option.getOrUndefined(findOrganisation(model, person.organisation))
      const sorted = [...memberships].sort((a, b) => a.from.localeCompare(b.from) || a.body.localeCompare(b.body))
      return [
        {
          person: personId,
          name: person.displayName,
          organisation: person.organisation,
          organisationName: organisation?.name ?? person.organisation,
          memberships: sorted as unknown as PackagedExpert["memberships"],
        },
      ]
    })
}
