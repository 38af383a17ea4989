import { Schema } from "effect"
import { PracticeId } from "./Practice.js"
import { PracticeLink } from "./PracticeLink.js"

/**
 * The practice was linked to a related practice (recorded on both practices' streams, each naming
 * the other as `related`).
 * @category practices
 */
export class PracticesLinked extends Schema.TaggedClass<PracticesLinked>()("PracticesLinked", {
  practiceId: PracticeId,
  ...PracticeLink.fields,
}) {}
