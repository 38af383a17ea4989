import { Information, Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { commandSignalen, Datum } from "./resources.js"
import { Omschrijving, OrganisationId, PracticeId, ProductId, requestBody, Tekst, Titel } from "./requestFields.js"

/**
 * What a product covers: one municipality, the district (with the municipalities where it was
 * piloted, if any), or a region.
 * @category informatieproducten
 */
export const Reikwijdte = Schema.Union(
  Schema.Struct({ soort: Schema.Literal("gemeente"), gemeente: OrganisationId }),
  Schema.Struct({
    soort: Schema.Literal("district"),
    pilotlocaties: Schema.optionalWith(Schema.NonEmptyArray(OrganisationId), { exact: true }).annotations({
      description: "The municipalities where the product was piloted (Rheden, Kampen, Enschede)",
    }),
  }),
  Schema.Struct({ soort: Schema.Literal("regio"), naam: Titel }),
).annotations({ identifier: "Reikwijdte" })

/** The content of a product: only those who may read it ever see it. @category informatieproducten */
export const ProductInhoud = Schema.Struct({
  titel: Titel,
  samenvatting: Omschrijving,
  documentverwijzing: Schema.optionalWith(Titel, { exact: true }).annotations({
    description: "Where the full document is kept, in the producer's own system",
  }),
}).annotations(requestBody("ProductInhoud"))

/** A product its producer started making. @category informatieproducten */
export const NieuwInformatieproduct = Schema.Struct({
  id: ProductId,
  soort: Information.InformationKind,
  producent: OrganisationId,
  reikwijdte: Reikwijdte,
  themas: Schema.NonEmptyArray(Information.InformationTheme),
  classificatie: Information.Classification,
  startdatum: Datum,
  ...ProductInhoud.fields,
}).annotations(requestBody("NieuwInformatieproduct"))

/** The delivery of a product with its final content. @category informatieproducten */
export const NieuweProductoplevering = Schema.Struct({ datum: Datum, ...ProductInhoud.fields }).annotations(
  requestBody("NieuweProductoplevering"),
)

/** A change of the working content of a product that is not delivered yet. @category informatieproducten */
export const NieuweProductherziening = Schema.Struct({ ...ProductInhoud.fields }).annotations(
  requestBody("NieuweProductherziening"),
)

/**
 * The shareable summary (deelbare samenvatting) a person of the producer approves for the network,
 * once the product is delivered; a new one replaces the old one.
 * @category informatieproducten
 */
export const NieuweDeelbareSamenvatting = Schema.Struct({
  tekst: Tekst.annotations({ description: "What may be offered to VNON in place of the content" }),
  datum: Datum,
}).annotations(requestBody("NieuweDeelbareSamenvatting"))

/** That the product motivated a Best Practice (candidate). @category informatieproducten */
export const NieuweKoppeling = Schema.Struct({ bestPractice: PracticeId }).annotations(requestBody("NieuweKoppeling"))

const profiel = {
  id: Schema.String,
  soort: Information.InformationKind,
  producent: Schema.String,
  reikwijdte: Schema.String.annotations({ description: "A municipality's id, `district`, or the region's name" }),
  themas: Schema.Array(Schema.String),
  classificatie: Information.Classification,
  status: Schema.Literal("gestart", "opgeleverd"),
  startdatum: Kernel.CalendarDate,
  opleverdatum: Schema.optional(Kernel.CalendarDate),
  motiveert: Schema.Array(Schema.String).annotations({ description: "The Best Practices it motivated" }),
  deelbareSamenvattingGoedgekeurdOp: Schema.optional(Kernel.CalendarDate).annotations({
    description: "The date of the shareable summary its producer approved, if any",
  }),
}

/**
 * An entitlement to a confidential product, from the governance model: who holds it, for what
 * purpose (doelbinding), on which basis, over which period.
 * @category informatieproducten
 */
export const Autorisatie = Schema.Struct({
  houder: Schema.String,
  soortHouder: Schema.Literal("organisatie", "persoon"),
  doel: Schema.optional(Schema.String),
  grondslag: Schema.String,
  van: Kernel.CalendarDate,
  tot: Schema.optional(Kernel.CalendarDate),
}).annotations({ identifier: "Autorisatie" })

/** What a product is, without its content: the answer to a change. @category informatieproducten */
export class InformatieproductProfiel extends Schema.Class<InformatieproductProfiel>("InformatieproductProfiel")({
  ...profiel,
  signalen: commandSignalen,
}) {}

/**
 * A product in the catalogue: what it is, never what it says. `titel` is only there for a product
 * that is not `vertrouwelijk` and that the person may read.
 * @category informatieproducten
 */
export class InformatieproductSamenvatting extends Schema.Class<InformatieproductSamenvatting>(
  "InformatieproductSamenvatting",
)({
  ...profiel,
  titel: Schema.optional(Schema.String),
  autorisaties: Schema.Array(Autorisatie).annotations({
    description: "Who is entitled to a `vertrouwelijk` product, and for what purpose; empty for other products",
  }),
  gewijzigdOp: Kernel.Timestamp,
}) {}

/** A product with its content, as read under the access rules. @category informatieproducten */
export class Informatieproduct extends Schema.Class<Informatieproduct>("Informatieproduct")({
  ...profiel,
  titel: Schema.String,
  samenvatting: Schema.String,
  documentverwijzing: Schema.optional(Schema.String),
  deelbareSamenvatting: Schema.optional(
    Schema.Struct({ tekst: Schema.String, goedgekeurdOp: Kernel.CalendarDate, goedgekeurdDoor: Schema.String }),
  ),
}) {}
