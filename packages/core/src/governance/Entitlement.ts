import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { OrganisationId, PersonId } from "./Ids.js"

/**
 * An explicit entitlement to read confidential (`vertrouwelijk`) information products, held by
 * an organisation (all its persons, such as a covenant partner of the RIEC) or by one person,
 * on a basis (the covenant), over a period.
 * @category governance
 */
export class Entitlement extends Schema.Class<Entitlement>("Entitlement")({
  grant: Schema.Literal("vertrouwelijk"),
  organisation: Schema.optional(OrganisationId),
  person: Schema.optional(PersonId),
  basis: Schema.NonEmptyTrimmedString,
  from: CalendarDate,
  to: Schema.optional(CalendarDate),
}) {}
