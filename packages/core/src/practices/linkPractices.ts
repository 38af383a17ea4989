import { Schema } from "effect"
import { RequiredText } from "../kernel/Text.js"
import { PracticeId } from "./Practice.js"

/**
 * A member of either practice's expert group, or a person acting for the Stuurgroep ("bewaken van
 * de samenhang"), links a practice to a related practice, usually of another theme, with a note on
 * why they belong together. The link shows on both practices.
 * @category practices
 */
export class LinkPractices extends Schema.TaggedClass<LinkPractices>()("LinkPractices", {
  practiceId: PracticeId,
  related: PracticeId,
  note: RequiredText,
}) {}
