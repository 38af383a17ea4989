import { Schema } from "effect"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { PersonId } from "../governance/Ids.js"
import { PracticeRef, ProductContent, ProductId, ProductProfile } from "./InformationProduct.js"

/** A product was registered: started, with its profile and working content. @category information */
export class ProductRegistered extends Schema.TaggedClass<ProductRegistered>()("ProductRegistered", {
  productId: ProductId,
  ...ProductProfile.fields,
  content: ProductContent,
  startedOn: CalendarDate,
  registeredBy: PersonId,
  at: Timestamp,
}) {}

/** A product was delivered with its final content. @category information */
export class ProductDelivered extends Schema.TaggedClass<ProductDelivered>()("ProductDelivered", {
  productId: ProductId,
  deliveredOn: CalendarDate,
  content: ProductContent,
  deliveredBy: PersonId,
  at: Timestamp,
}) {}

/** The working content of a product that was not delivered yet was changed. @category information */
export class ProductContentRevised extends Schema.TaggedClass<ProductContentRevised>()("ProductContentRevised", {
  productId: ProductId,
  content: ProductContent,
  revisedBy: PersonId,
  at: Timestamp,
}) {}

/** A product was linked to the Best Practice candidate it motivated. @category information */
export class PracticeLinked extends Schema.TaggedClass<PracticeLinked>()("PracticeLinked", {
  productId: ProductId,
  practiceId: PracticeRef,
  linkedBy: PersonId,
  at: Timestamp,
}) {}

/** A link between a product and a Best Practice candidate was withdrawn. @category information */
export class PracticeUnlinked extends Schema.TaggedClass<PracticeUnlinked>()("PracticeUnlinked", {
  productId: ProductId,
  practiceId: PracticeRef,
  reason: Schema.String,
  unlinkedBy: PersonId,
  at: Timestamp,
}) {}

/** An entitled person read a confidential product: who, when, which. @category information */
export class ConfidentialProductRead extends Schema.TaggedClass<ConfidentialProductRead>()("ConfidentialProductRead", {
  productId: ProductId,
  readBy: PersonId,
  at: Timestamp,
}) {}

/**
 * The producer approved a shareable summary of the product for the network; `replaces` is the
 * date of the summary it replaced, if any.
 * @category information
 */
export class ShareableSummaryApproved extends Schema.TaggedClass<ShareableSummaryApproved>()(
  "ShareableSummaryApproved",
  {
    productId: ProductId,
    text: Schema.String,
    approvedOn: CalendarDate,
    replaces: Schema.optional(CalendarDate),
    approvedBy: PersonId,
    at: Timestamp,
  },
) {}

/** Every event of an information product. @category information */
export const InformationEvent = Schema.Union(
  ProductRegistered,
  ProductDelivered,
  ProductContentRevised,
  PracticeLinked,
  PracticeUnlinked,
  ConfidentialProductRead,
  ShareableSummaryApproved,
)
/** @category information */
export type InformationEvent = typeof InformationEvent.Type

/** Stores and reads information product events. @category information */
export const informationEventCodec = eventCodec(InformationEvent, [
  "ProductRegistered",
  "ProductDelivered",
  "PracticeLinked",
  "PracticeUnlinked",
  "ConfidentialProductRead",
  "ShareableSummaryApproved",
  "ProductContentRevised",
])
