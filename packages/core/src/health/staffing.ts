import { Option } from "effect"
import { addDays, type CalendarDate, daysBetween } from "../kernel/CalendarDate.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { isActiveOn, type Membership, votingRoles } from "../governance/Membership.js"
import { bodiesOfLevel, findPerson } from "../governance/queries.js"
import type { HealthSettings } from "../governance/Settings.js"
import { healthChecks as C } from "./healthChecks.js"
import { conditionOf, finding, type HealthCondition, type HealthFinding, signalAt } from "./HealthSignal.js"

/** A seat that fell vacant and was not filled again. @category health */
export interface Vacancy {
  readonly role: string
  readonly since: CalendarDate
  readonly leftBy: string
}

/**
 * The open vacancies of a body on `date`: a seat falls vacant the day after a member of a voting
 * role leaves; each newcomer in that role fills the oldest open vacancy.
 * @category health
 */
export const openVacancies = (
  memberships: ReadonlyArray<Membership>,
  body: string,
  date: CalendarDate,
): ReadonlyArray<Vacancy> =>
  votingRoles.flatMap((role) => {
    const seats = memberships.filter((m) => m.body === body && m.role === role)
    const moments = [
      ...seats
        .filter((m) => m.to !== undefined && m.to < date)
        .map((m) => ({ on: addDays(m.to as CalendarDate, 1), leaves: true, person: m.person })),
      ...seats.filter((m) => m.from <= date).map((m) => ({ on: m.from, leaves: false, person: m.person })),
    ].sort((a, b) => (a.on === b.on ? Number(b.leaves) - Number(a.leaves) : a.on < b.on ? -1 : 1))
    const open: Array<Vacancy> = []
    for (const moment of moments) {
      if (moment.leaves) open.push({ role, since: moment.on, leftBy: moment.person })
      else open.shift()
    }
    return open
  })

const groupFindings = (
  model: GovernanceModel,
  memberships: ReadonlyArray<Membership>,
  body: { readonly id: string; readonly name: string },
  date: CalendarDate,
  settings: HealthSettings,
): ReadonlyArray<HealthFinding> => {
  const active = memberships.filter((m) => m.body === body.id && isActiveOn(m, date))
  const trekkers = [...new Set(active.filter((m) => m.role === "trekker").map((m) => m.person))]
  const voting = [...new Set(active.filter((m) => votingRoles.includes(m.role)).map((m) => m.person))]
  const organisations = new Set(
    voting.flatMap((p) => Option.toArray(Option.map(findPerson(model, p), (person) => person.organisation))),
  )
  const since = addDays(date, -365)
  const left = [
    ...new Set(
      memberships
        .filter((m) => m.body === body.id && votingRoles.includes(m.role) && m.to !== undefined)
        .filter((m) => (m.to as CalendarDate) >= since && (m.to as CalendarDate) < date)
        .map((m) => m.person),
    ),
  ].filter((p) => !voting.includes(p))
  const composed = voting.length >= settings.minimumMembers && organisations.size >= settings.minimumOrganisations
  return [
    finding(C.trekker, trekkers.length > 0 ? "green" : "red", { body: body.name, trekkers, date }),
    finding(C.composition, composed ? "green" : "amber", {
      body: body.name,
      members: voting.length,
      organisations: organisations.size,
      minimumMembers: settings.minimumMembers,
      minimumOrganisations: settings.minimumOrganisations,
    }),
    ...openVacancies(memberships, body.id, date).map((v) => {
      const days = daysBetween(v.since, date)
      return finding(C.vacancy, signalAt(days, { amber: settings.vacancyAmberDays, red: settings.vacancyRedDays }), {
        body: body.name,
        role: v.role,
        vacantSince: v.since,
        days,
        leftBy: v.leftBy,
      })
    }),
    finding(C.turnover, signalAt(left.length, { amber: settings.turnoverAmber, red: settings.turnoverRed }), {
      body: body.name,
      left: left.length,
      persons: left,
      since,
    }),
  ]
}

/**
 * Staffing (randvoorwaarde 1): per expert group on `date`, a trekker; enough members from enough
 * organisations; how long seats have been vacant; turnover in the last twelve months.
 * `memberships` is the history over time (see {@link membershipHistory}).
 * @category health
 */
export const staffingHealth = (
  model: GovernanceModel,
  memberships: ReadonlyArray<Membership>,
  date: CalendarDate,
): HealthCondition =>
  conditionOf(
    "staffing",
    bodiesOfLevel(model, "beleid").flatMap((body) =>
      groupFindings(model, memberships, body, date, model.settings.health),
    ),
  )
