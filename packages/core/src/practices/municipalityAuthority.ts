import type { OrganisationId, PersonId } from "../governance/Ids.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { bodiesOf, findPerson, type GovernanceView } from "../governance/queries.js"

/**
 * Whether `person` acts for the municipality `municipality` on `date`: the person belongs to that
 * municipality's organisation and holds a seat (any role) in a body of the programme on that date
 * — its burgemeester in the DVO, its staff member in an expert group.
 *
 * @example
 * ```ts
 * actsForMunicipality(samenWeerbaar(), "burgemeester-rheden", "rheden", calendarDate("2016-06-01")) // true
 * ```
 * @category tracks
 */
export const actsForMunicipality = (
  model: GovernanceView,
  person: PersonId,
  municipality: OrganisationId,
  date: CalendarDate,
): boolean => {
  const found = findPerson(model, person)
  return found._tag === "Some" && found.value.organisation === municipality && bodiesOf(model, person, date).length > 0
}
