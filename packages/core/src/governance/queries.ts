import { Option } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { Body, Level } from "./Body.js"
import type { GovernanceModel } from "./GovernanceModel.js"
import type { BodyId, OrganisationId, PersonId } from "./Ids.js"
import { actingRoles, isActiveOn, type Membership, type Role, votingRoles } from "./Membership.js"
import type { Organisation } from "./Organisation.js"
import type { Person } from "./Person.js"
import type { Theme } from "./Theme.js"

/** The parts of a governance model that the queries read. @category governance */
export type GovernanceView = Pick<GovernanceModel, "bodies" | "memberships" | "persons" | "organisations">

/**
 * The memberships of a body that hold on `date`.
 * @example
 * ```ts
 * membersOn(samenWeerbaar(), BodyId.make("stuurgroep"), calendarDate("2016-06-01"))
 * ```
 * @category governance
 */
export const membersOn = (model: GovernanceView, body: BodyId, date: CalendarDate): ReadonlyArray<Membership> =>
  model.memberships.filter((m) => m.body === body && isActiveOn(m, date))

/** The persons who may act for a body on `date`: its voorzitter, trekker or secretaris. @category governance */
export const actorsFor = (model: GovernanceView, body: BodyId, date: CalendarDate): ReadonlyArray<PersonId> => [
  ...new Set(
    membersOn(model, body, date)
      .filter((m) => actingRoles.includes(m.role))
      .map((m) => m.person),
  ),
]

/** Whether `person` may act for `body` on `date`. @category governance */
export const mayActFor = (model: GovernanceView, person: PersonId, body: BodyId, date: CalendarDate): boolean =>
  model.memberships.some(
    (m) => m.person === person && m.body === body && actingRoles.includes(m.role) && isActiveOn(m, date),
  )

/** The persons entitled to take part in a body's decisions on `date` (voorzitter, trekker, leden). @category governance */
export const votingMembersOn = (model: GovernanceView, body: BodyId, date: CalendarDate): ReadonlyArray<PersonId> => [
  ...new Set(
    membersOn(model, body, date)
      .filter((m) => votingRoles.includes(m.role))
      .map((m) => m.person),
  ),
]

/** The roles `person` holds in `body` on `date`. @category governance */
export const rolesOf = (
  model: GovernanceView,
  person: PersonId,
  body: BodyId,
  date: CalendarDate,
): ReadonlyArray<Role> =>
  membersOn(model, body, date)
    .filter((m) => m.person === person)
    .map((m) => m.role)

/** The bodies `person` is a member of on `date`. @category governance */
export const bodiesOf = (model: GovernanceView, person: PersonId, date: CalendarDate): ReadonlyArray<BodyId> => [
  ...new Set(model.memberships.filter((m) => m.person === person && isActiveOn(m, date)).map((m) => m.body)),
]

/**
 * The body on a level: for `besturing` there is exactly one; for `bestuurlijk`, where a model may
 * have several (VNON's RVO and its DVOs), the one without an area, which decides for the whole
 * programme, or else the first. For an act about one municipality use {@link bestuurlijkBodiesFor}.
 * @category governance
 */
export const bodyOfLevel = (model: GovernanceView, level: Level): Option.Option<Body> =>
  Option.fromNullable(
    model.bodies.find((b) => b.level === level && b.area === undefined) ?? model.bodies.find((b) => b.level === level),
  )

/** The bodies on a level (the expert groups on `beleid`). @category governance */
export const bodiesOfLevel = (model: GovernanceView, level: Level): ReadonlyArray<Body> =>
  model.bodies.filter((b) => b.level === level)

/** The expert group (level `beleid`) of a theme. @category governance */
export const expertGroupOf = (model: GovernanceView, theme: Theme): Option.Option<Body> =>
  Option.fromNullable(model.bodies.find((b) => b.level === "beleid" && b.theme === theme))

/** A body by id. @category governance */
export const findBody = (model: GovernanceView, id: BodyId): Option.Option<Body> =>
  Option.fromNullable(model.bodies.find((b) => b.id === id))

/** A person by id. @category governance */
export const findPerson = (model: GovernanceView, id: PersonId): Option.Option<Person> =>
  Option.fromNullable(model.persons.find((p) => p.id === id))

/** An organisation by id. @category governance */
export const findOrganisation = (model: GovernanceView, id: OrganisationId): Option.Option<Organisation> =>
  Option.fromNullable(model.organisations.find((o) => o.id === id))

/** The display name of a person, or the id when the model does not know it. @category governance */
export const personName = (model: GovernanceView, id: PersonId): string =>
  Option.match(findPerson(model, id), { onNone: () => id, onSome: (p) => p.displayName })

/** The name of a body, or the id when the model does not know it. @category governance */
export const bodyName = (model: GovernanceView, id: BodyId): string =>
  Option.match(findBody(model, id), { onNone: () => id, onSome: (b) => b.name })
