import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { Role } from "../governance/Membership.js"

/** A period in which an expert sat in one of the programme's expert groups, with its role. @category handover */
export const ExpertGroupPeriod = Schema.Struct({
  body: Schema.String,
  bodyName: Schema.String,
  role: Role,
  from: CalendarDate,
  to: Schema.optional(CalendarDate),
}).annotations({ identifier: "ExpertGroupPeriod" })
/** @category handover */
export type ExpertGroupPeriod = typeof ExpertGroupPeriod.Type

/**
 * A member of the programme's expert groups as the handover package carries them, so that they can
 * join the network's expert group with their history: the person (a role, not a name), the role
 * name, the organisation, and every period in the programme's expert groups.
 * @category handover
 */
export const PackagedExpert = Schema.Struct({
  person: Schema.String,
  /** The role name the programme knows the person by ("lid Expertgroep Ondermijnende Criminaliteit (RIEC)"). */
  name: Schema.String,
  organisation: Schema.String,
  organisationName: Schema.String,
  memberships: Schema.NonEmptyArray(ExpertGroupPeriod),
}).annotations({ identifier: "PackagedExpert" })
/** @category handover */
export type PackagedExpert = typeof PackagedExpert.Type
