import { Schema } from "effect"
import { RequiredText, Text, Title } from "../kernel/Text.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { OrganisationId } from "../governance/Ids.js"
import { Classification, InformationKind } from "./InsightsBundle.js"

/** Identifier of an information product (`lob-rheden-2016`). @category information */
export const ProductId = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    message: () => "expected a product id: lowercase letters, digits, '.', '_' or '-'",
  }),
  Schema.brand("ProductId"),
  Schema.annotations({ identifier: "ProductId" }),
)
/** @category information */
export type ProductId = typeof ProductId.Type

/**
 * Identifier of a Best Practice (candidate) a product motivated. Best Practices live in their own
 * catalogue; a product names them by id only.
 * @category information
 */
export const PracticeRef = Schema.String.pipe(
  Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
    message: () => "expected a Best Practice id: lowercase letters, digits, '.', '_' or '-'",
  }),
  Schema.annotations({ identifier: "PracticeRef" }),
)

/**
 * The themes of ondermijning an information product covers, as the plan names them.
 * @category information
 */
export const InformationTheme = Schema.Literal(
  "hennep",
  "omg",
  "drugs",
  "vrijplaatsen",
  "milieu",
  "mensenhandel",
  "vastgoedfraude",
  "witwassen",
  "criminele-netwerken",
).annotations({ identifier: "InformationTheme" })
/** @category information */
export type InformationTheme = typeof InformationTheme.Type

/**
 * What a product covers: one municipality (`gemeente`), the programme's district — optionally
 * with the municipalities where it was piloted (`pilotSites`, such as the DRIO network analysis in
 * Rheden, Kampen and Enschede) — or a wider region such as Oost-Nederland (the RIEC's strategic
 * and tactical pictures).
 * @category information
 */
export const InformationScope = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("gemeente"), municipality: OrganisationId }),
  Schema.Struct({
    kind: Schema.Literal("district"),
    pilotSites: Schema.optional(Schema.NonEmptyArray(OrganisationId)),
  }),
  Schema.Struct({ kind: Schema.Literal("regio"), name: Title }),
).annotations({ identifier: "InformationScope" })
/** @category information */
export type InformationScope = typeof InformationScope.Type

/** The scope as one word: the municipality's id, `district`, or the region's name. @category information */
export const scopeLabel = (scope: InformationScope): string => {
  switch (scope.kind) {
    case "gemeente":
      return scope.municipality
    case "district":
      return "district"
    case "regio":
      return scope.name
    default: {
      const unknown: never = scope
      return unknown
    }
  }
}

/** Where a product stands: being made, or delivered. @category information */
export const ProductStatus = Schema.Literal("gestart", "opgeleverd").annotations({ identifier: "ProductStatus" })
/** @category information */
export type ProductStatus = typeof ProductStatus.Type

/**
 * What a product is, apart from its content: kind, producer, scope, themes and classification.
 * @category information
 */
export const ProductProfile = Schema.Struct({
  kind: InformationKind,
  producer: OrganisationId,
  scope: InformationScope,
  themes: Schema.NonEmptyArray(InformationTheme),
  classification: Classification,
})
/** @category information */
export type ProductProfile = typeof ProductProfile.Type

/**
 * The content of a product: its title, a summary of its findings, and where the full document
 * is kept (the producer's own system). Only those who may read the product ever see it.
 * @category information
 */
export const ProductContent = Schema.Struct({
  title: Title,
  summary: Text,
  documentReference: Schema.optional(RequiredText),
})
/** @category information */
export type ProductContent = typeof ProductContent.Type

/**
 * A shareable summary (`deelbare samenvatting`) of a product that is not `openbaar`: what its
 * producer approved to be offered to the network (VNON) in place of the content, with who approved
 * it and on which date.
 * @category information
 */
export const ShareableSummary = Schema.Struct({
  text: RequiredText,
  approvedOn: CalendarDate,
  approvedBy: Schema.String,
}).annotations({ identifier: "ShareableSummary" })
/** @category information */
export type ShareableSummary = typeof ShareableSummary.Type

/**
 * An information product as its stream tells it.
 * @category information
 */
export interface InformationProduct extends ProductProfile {
  readonly exists: true
  readonly productId: ProductId
  readonly content: ProductContent
  readonly status: ProductStatus
  readonly startedOn: CalendarDate
  readonly deliveredOn: CalendarDate | undefined
  /** The Best Practice candidates this product motivated. */
  readonly motivates: ReadonlyArray<string>
  /** The shareable summary its producer approved for the network, the latest one; none yet if undefined. */
  readonly shareableSummary: ShareableSummary | undefined
}

/** The state of a product's stream: nothing yet, or the product. @category information */
export type ProductState = { readonly exists: false } | InformationProduct

/** The state of a stream without events. @category information */
export const noProduct: ProductState = { exists: false }

/** The stream of an information product. @category information */
export const productStreamId = (productId: string): string => `info-${productId}`

/** The prefix of every information product's stream. @category information */
export const productStreamPrefix = "info-"
