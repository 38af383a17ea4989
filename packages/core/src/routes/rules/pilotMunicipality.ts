import { Option } from "effect"
import type { CalendarDate } from "../../kernel/CalendarDate.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { GovernanceModel } from "../../governance/GovernanceModel.js"
import { findOrganisation } from "../../governance/queries.js"
import { hostsPilotsOn } from "../../practices/pilotArea.js"
import type { ItemContent } from "../commands.js"

/**
 * A pilot proposal's municipalities are municipalities that may host a pilot on the date: in the
 * programme's area then, or a reference municipality (Kampen, Enschede).
 * @category routes
 */
export const pilotMunicipalityNotHost = defineRule<{ municipality: string; date: string }>()({
  code: "route.pilot-municipality-not-host",
  invariant: true,
  rule: {
    nl: "Een pilotvoorstel noemt gemeenten die een pilot mogen uitvoeren: in het werkgebied, of een referentiegemeente.",
    en: "A pilot proposal names municipalities that may host a pilot: in the programme's area, or a reference municipality.",
  },
  explain: (f) => ({
    nl: `${f.municipality} is op ${f.date} geen gemeente in het werkgebied en geen referentiegemeente.`,
    en: `${f.municipality} is not a municipality in the area nor a reference municipality on ${f.date}.`,
  }),
})

/** Every municipality of a pilot proposal may host a pilot on `date`. @category routes */
export const pilotMunicipalityViolations = (
  model: GovernanceModel,
  content: ItemContent,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> =>
  (content.pilot?.municipalities ?? []).flatMap((municipality) => {
    const organisation = findOrganisation(model, municipality)
    return Option.isSome(organisation) &&
      organisation.value.kind === "gemeente" &&
      hostsPilotsOn(model, municipality, date)
      ? []
      : [violation(pilotMunicipalityNotHost, { municipality, date })]
  })
