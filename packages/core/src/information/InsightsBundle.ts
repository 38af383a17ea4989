import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"

/** The kinds of information products that feed the choice of Best Practices. @category information */
export const InformationKind = Schema.Literal(
  "netwerkanalyse",
  "strategisch-ondermijningsbeeld",
  "tactisch-ondermijningsbeeld",
  "lokaal-ondermijningsbeeld",
).annotations({ identifier: "InformationKind" })
/** @category information */
export type InformationKind = typeof InformationKind.Type

/** Who may read a product: everyone, members of a programme body, or explicitly entitled persons. @category information */
export const Classification = Schema.Literal("openbaar", "intern", "vertrouwelijk").annotations({
  identifier: "Classification",
})
/** @category information */
export type Classification = typeof Classification.Type

/**
 * One product in the insights bundle offered to the network. Only an `openbaar` product carries
 * its title and summary; an `intern` or `vertrouwelijk` one travels as a reference — kind,
 * producer, scope, date — never with its title or content, and with the shareable summary its
 * producer approved (`shareableSummary`, since package version 2), if any.
 * @category information
 */
export const InsightsEntry = Schema.Struct({
  productId: Schema.String,
  kind: InformationKind,
  producer: Schema.String,
  scope: Schema.String,
  themes: Schema.Array(Schema.String),
  classification: Classification,
  deliveredOn: Schema.optional(CalendarDate),
  title: Schema.optional(Schema.String),
  summary: Schema.optional(Schema.String),
  /** The Best Practice candidates this product motivated. */
  motivates: Schema.Array(Schema.String),
  /** The shareable summary (deelbare samenvatting) the producer approved: what travels instead of the content. */
  shareableSummary: Schema.optional(
    Schema.Struct({ text: Schema.String, approvedOn: CalendarDate, approvedBy: Schema.String }),
  ),
}).annotations({ identifier: "InsightsEntry" })
/** @category information */
export type InsightsEntry = typeof InsightsEntry.Type

/**
 * The bundled insights of the programme's information products, offered to VNON as part of the
 * handover package, with the information method (the lokaal ondermijningsbeeld) described.
 * @category information
 */
export const InsightsBundle = Schema.Struct({
  method: Schema.Struct({ name: Schema.String, description: Schema.String, coordinator: Schema.String }),
  products: Schema.Array(InsightsEntry),
}).annotations({ identifier: "InsightsBundle" })
/** @category information */
export type InsightsBundle = typeof InsightsBundle.Type
