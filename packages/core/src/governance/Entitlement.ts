import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { InformationScope, ProductId } from "../information/InformationProduct.js"
import { InformationKind } from "../information/InsightsBundle.js"
import { OrganisationId, PersonId } from "./Ids.js"

/**
 * An explicit entitlement to confidential (`vertrouwelijk`) information products, as the RIEC
 * covenant grants it: held by an organisation (all its persons, such as the producer) or by one
 * person, on a basis (the covenant), for a purpose (doelbinding), over a period (`from`, `to`
 * inclusive). It covers the products it names (`products`), or every product of a `kind` and/or a
 * `scope` (the RIEC for every ondermijningsbeeld it makes).
 *
 * The legacy form — neither `products`, `kind` nor `scope` — covers every confidential product,
 * as entitlements did before they were given per product; it still decodes with that meaning,
 * but a model should name what an entitlement covers and why.
 * @category governance
 */
export class Entitlement extends Schema.Class<Entitlement>("Entitlement")({
  grant: Schema.Literal("vertrouwelijk"),
  organisation: Schema.optional(OrganisationId),
  person: Schema.optional(PersonId),
  /** The products it covers, by id. */
  products: Schema.optional(Schema.NonEmptyArray(ProductId)),
  /** The kind of products it covers (with `scope`: of that kind and scope). */
  kind: Schema.optional(InformationKind),
  /** The scope of products it covers (a municipality, the district, a region). */
  scope: Schema.optional(InformationScope),
  /** What the information may be used for (doelbinding). Optional only for models written before it. */
  purpose: Schema.optional(Schema.NonEmptyTrimmedString),
  basis: Schema.NonEmptyTrimmedString,
  from: CalendarDate,
  to: Schema.optional(CalendarDate),
}) {}

/** Whether an entitlement is of the legacy form: it names no products, kind or scope. @category governance */
export const isLegacyEntitlement = (e: Entitlement): boolean =>
  e.products === undefined && e.kind === undefined && e.scope === undefined
