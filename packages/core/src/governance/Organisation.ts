import { Schema } from "effect"
import { CbsCode, OrganisationId } from "./Ids.js"

/**
 * A municipality, identified in the CBS register.
 * @category governance
 */
export class Gemeente extends Schema.Class<Gemeente>("Gemeente")({
  kind: Schema.Literal("gemeente"),
  id: OrganisationId,
  name: Schema.NonEmptyTrimmedString,
  cbsCode: CbsCode,
}) {}

/** The kinds of partner organisations beside municipalities. @category governance */
export const PartnerKind = Schema.Literal(
  "om",
  "politie",
  "riec",
  "veiligheidsregio",
  "provincie",
  "belastingdienst",
  "overig",
).annotations({ identifier: "PartnerKind" })
/** @category governance */
export type PartnerKind = typeof PartnerKind.Type

/**
 * A partner organisation that is not a municipality: OM, politie, RIEC, Veiligheidsregio,
 * Provincie, Belastingdienst or another.
 * @category governance
 */
export interface Partner {
  readonly kind: PartnerKind
  readonly id: OrganisationId
  readonly name: string
}

const partnerOfKind = (kind: PartnerKind) =>
  Schema.Struct({ kind: Schema.Literal(kind), id: OrganisationId, name: Schema.NonEmptyTrimmedString })

/**
 * An organisation taking part in the programme, told apart by its `kind`.
 * @category governance
 */
export const Organisation = Schema.Union(Gemeente, ...PartnerKind.literals.map(partnerOfKind)).annotations({
  identifier: "Organisation",
})
/** @category governance */
export type Organisation = Gemeente | Partner

/** Whether an organisation is a municipality. @category governance */
export const isGemeente = (o: Organisation): o is Gemeente => o.kind === "gemeente"
