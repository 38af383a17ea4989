import { Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { Budget } from "../routes/Budget.js"
import { DecisionReference, PracticeId } from "./Practice.js"

/**
 * The DVO accorded the pilot proposal containing the practice: the municipalities named become its
 * pilot municipalities with that decision, the budget is the pilot's, and the practice returns to
 * `kandidaat` so the expert group can start the pilot.
 * @category practices
 */
export class PilotAccorded extends Schema.TaggedClass<PilotAccorded>()("PilotAccorded", {
  practiceId: PracticeId,
  accord: DecisionReference,
  municipalities: Schema.Array(Schema.String),
  budget: Budget,
  at: Timestamp,
}) {}
