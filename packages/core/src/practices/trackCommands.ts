import { Schema } from "effect"
import { RequiredText } from "../kernel/Text.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { OrganisationId } from "../governance/Ids.js"
import { DecisionId, Meeting } from "../routes/commands.js"
import { PracticeId } from "./Practice.js"
import { PlannablePhase, TrackPhase } from "./TrackPhase.js"

/**
 * A person acting for the municipality (or for the theme's expert group) moves its track of a
 * measure to a phase, on the date it happened; `niet_relevant` needs a reason, and after the accord
 * the DVO's exemption or, where the model signals that, the reason is signalled to the DVO. The
 * reason also explains a pilot of the municipality's own initiative. A maatwerk note may come along.
 * @category tracks
 */
export class MoveTrack extends Schema.TaggedClass<MoveTrack>()("MoveTrack", {
  practiceId: PracticeId,
  municipality: OrganisationId,
  to: TrackPhase,
  on: CalendarDate,
  reason: Schema.optional(RequiredText),
  maatwerk: Schema.optional(RequiredText),
}) {}

/** The municipality plans the date on which it expects a phase. @category tracks */
export class PlanTrack extends Schema.TaggedClass<PlanTrack>()("PlanTrack", {
  practiceId: PracticeId,
  municipality: OrganisationId,
  phase: PlannablePhase,
  plannedOn: CalendarDate,
}) {}

/**
 * The municipality records how it tailors the measure (maatwerk), on the date it did (default
 * today): not before the accord, unless the municipality was piloting the measure by then.
 * @category tracks
 */
export class NoteMaatwerk extends Schema.TaggedClass<NoteMaatwerk>()("NoteMaatwerk", {
  practiceId: PracticeId,
  municipality: OrganisationId,
  note: RequiredText,
  on: Schema.optional(CalendarDate),
}) {}

/**
 * A person acting for the DVO records its decision, taken in its meeting or by written round (the
 * record as for any decision), to exempt a municipality from an accorded measure, for `reason`;
 * the municipality then marks it `niet_relevant` without a signal.
 * @category tracks
 */
export class GrantExemption extends Schema.TaggedClass<GrantExemption>()("GrantExemption", {
  practiceId: PracticeId,
  municipality: OrganisationId,
  decisionId: DecisionId,
  ...Meeting.fields,
  reason: RequiredText,
}) {}

/** Every command on a track. @category tracks */
export const TrackCommand = Schema.Union(MoveTrack, PlanTrack, NoteMaatwerk, GrantExemption)
/** @category tracks */
export type TrackCommand = typeof TrackCommand.Type
