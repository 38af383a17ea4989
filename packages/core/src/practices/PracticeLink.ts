import { Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { RequiredText } from "../kernel/Text.js"
import { PracticeId } from "./Practice.js"

/**
 * A link between two Best Practices, as each of them remembers it: the related practice, why they
 * belong together ("integraliteit geeft meer effect"), who linked them and when.
 * @category practices
 */
export const PracticeLink = Schema.Struct({
  related: PracticeId,
  note: RequiredText,
  linkedBy: Schema.String,
  at: Timestamp,
}).annotations({ identifier: "PracticeLink" })
/** @category practices */
export type PracticeLink = typeof PracticeLink.Type
