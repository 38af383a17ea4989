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

/** Every event of an information product. @category information */
export const InformationEvent = Schema.Union(
  ProductRegistered,
  ProductDelivered,
  PracticeLinked,
  PracticeUnlinked,
  ConfidentialProductRead,
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
])
