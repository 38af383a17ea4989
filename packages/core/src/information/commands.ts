import { Schema } from "effect"
import { RequiredText } from "../kernel/Text.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { PracticeRef, ProductContent, ProductId, ProductProfile } from "./InformationProduct.js"

/** The producer (or the programme office for it) registers a product it started making. @category information */
export class RegisterProduct extends Schema.TaggedClass<RegisterProduct>()("RegisterProduct", {
  productId: ProductId,
  ...ProductProfile.fields,
  content: ProductContent,
  startedOn: CalendarDate,
}) {}

/** The producer delivers the product, with its final content. @category information */
export class DeliverProduct extends Schema.TaggedClass<DeliverProduct>()("DeliverProduct", {
  productId: ProductId,
  deliveredOn: CalendarDate,
  content: ProductContent,
}) {}

/**
 * The producer (or the Stuurgroep for it) changes the working content of a product it is still
 * making; once delivered, the content is final.
 * @category information
 */
export class ReviseProductContent extends Schema.TaggedClass<ReviseProductContent>()("ReviseProductContent", {
  productId: ProductId,
  content: ProductContent,
}) {}

/** An expert group records that the product motivated a Best Practice candidate. @category information */
export class LinkPractice extends Schema.TaggedClass<LinkPractice>()("LinkPractice", {
  productId: ProductId,
  practiceId: PracticeRef,
}) {}

/** An expert group withdraws a link it recorded, with the reason. @category information */
export class UnlinkPractice extends Schema.TaggedClass<UnlinkPractice>()("UnlinkPractice", {
  productId: ProductId,
  practiceId: PracticeRef,
  reason: RequiredText,
}) {}

/**
 * A person asks to read a product. Reading an `openbaar` or `intern` product stores nothing;
 * reading a `vertrouwelijk` one is recorded (who, when, which).
 * @category information
 */
export class ReadProduct extends Schema.TaggedClass<ReadProduct>()("ReadProduct", {
  productId: ProductId,
}) {}

/**
 * A person of the producer, entitled to the product, approves its shareable summary (`deelbare
 * samenvatting`): the text offered to the network (VNON) in place of the content, once the product
 * is delivered. Approving again replaces the summary; the earlier one stays in the history.
 * @category information
 */
export class ApproveShareableSummary extends Schema.TaggedClass<ApproveShareableSummary>()("ApproveShareableSummary", {
  productId: ProductId,
  text: RequiredText,
  approvedOn: CalendarDate,
}) {}

/** Every command on an information product. @category information */
export const InformationCommand = Schema.Union(
  RegisterProduct,
  DeliverProduct,
  ReviseProductContent,
  LinkPractice,
  UnlinkPractice,
  ReadProduct,
  ApproveShareableSummary,
)
/** @category information */
export type InformationCommand = typeof InformationCommand.Type
