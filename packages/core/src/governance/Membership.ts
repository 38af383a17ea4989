import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { BodyId, PersonId } from "./Ids.js"

/**
 * The roles a person can hold in a body.
 * @category governance
 */
export const Role = Schema.Literal(
  "voorzitter",
  "trekker",
  "lid",
  "secretaris",
  "ondersteuning-beleid",
  "ondersteuning-communicatie",
).annotations({ identifier: "Role" })
/** @category governance */
export type Role = typeof Role.Type

/** Roles that may act for a body: record its decisions, submit its drafts. @category governance */
export const actingRoles: ReadonlyArray<Role> = ["voorzitter", "trekker", "secretaris"]

/** Roles that take part in a body's decisions (count for quorum and vote). @category governance */
export const votingRoles: ReadonlyArray<Role> = ["voorzitter", "trekker", "lid"]

/**
 * Where a member came from when they joined from another programme through a handover package:
 * the programme, its district, the package's digest, and their periods in its expert groups.
 * @category governance
 */
export const CarriedHistory = Schema.Struct({
  programme: Schema.String,
  district: Schema.String,
  packageDigest: Schema.String,
  memberships: Schema.Array(
    Schema.Struct({
      body: Schema.String,
      bodyName: Schema.String,
      role: Role,
      from: CalendarDate,
      to: Schema.optional(CalendarDate),
    }),
  ),
}).annotations({ identifier: "CarriedHistory" })
/** @category governance */
export type CarriedHistory = typeof CarriedHistory.Type

/**
 * A person's seat in a body with a role, from a date, until an optional last date (inclusive);
 * with `history` when the person joined from another programme's expert groups.
 * @category governance
 */
export class Membership extends Schema.Class<Membership>("Membership")({
  person: PersonId,
  body: BodyId,
  role: Role,
  from: CalendarDate,
  to: Schema.optional(CalendarDate),
  history: Schema.optional(CarriedHistory),
}) {}

/** Whether the membership holds on `date`. @category governance */
export const isActiveOn = (m: Membership, date: CalendarDate): boolean =>
  m.from <= date && (m.to === undefined || date <= m.to)
