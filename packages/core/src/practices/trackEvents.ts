import { OrganisationId } from "../governance/Ids.js"
import { Schema } from "effect"
import { RecordedDecisionFields } from "../meetings/recordedDecision.js"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { Theme } from "../governance/Theme.js"
import { PlannablePhase, TrackPhase } from "./TrackPhase.js"

const track = {
  practiceId: Schema.String,
  municipality: OrganisationId,
  theme: Theme,
}

/** A track moved from one phase (or `geen`) to the next. @category tracks */
export class TrackMoved extends Schema.TaggedClass<TrackMoved>()("TrackMoved", {
  ...track,
  from: Schema.Union(TrackPhase, Schema.Literal("geen")),
  to: TrackPhase,
  on: CalendarDate,
  reason: Schema.optional(Schema.String),
  maatwerk: Schema.optional(Schema.String),
  movedBy: Schema.String,
  at: Timestamp,
}) {}

/** A planned date for a phase. @category tracks */
export class TrackPlanned extends Schema.TaggedClass<TrackPlanned>()("TrackPlanned", {
  ...track,
  phase: PlannablePhase,
  plannedOn: CalendarDate,
  plannedBy: Schema.String,
  at: Timestamp,
}) {}

/** A maatwerk note. @category tracks */
export class MaatwerkNoted extends Schema.TaggedClass<MaatwerkNoted>()("MaatwerkNoted", {
  ...track,
  note: Schema.String,
  /** The date the note was made; absent in notes recorded before notes carried one (their `at`). */
  on: Schema.optional(CalendarDate),
  notedBy: Schema.String,
  at: Timestamp,
}) {}

/** The DVO exempted the municipality from the accorded measure. @category tracks */
export class ExemptionGranted extends Schema.TaggedClass<ExemptionGranted>()("ExemptionGranted", {
  ...track,
  decisionId: Schema.String,
  meetingDate: CalendarDate,
  reason: Schema.String,
  ...RecordedDecisionFields,
  rationale: Schema.optional(Schema.String),
  grantedBy: Schema.String,
  at: Timestamp,
}) {}

/** Every event of a track. @category tracks */
export const TrackEvent = Schema.Union(TrackMoved, TrackPlanned, MaatwerkNoted, ExemptionGranted)
/** @category tracks */
export type TrackEvent = typeof TrackEvent.Type

/** Stores and reads track events. @category tracks */
export const trackEventCodec = eventCodec(TrackEvent, [
  "TrackMoved",
  "TrackPlanned",
  "MaatwerkNoted",
  "ExemptionGranted",
])

/** The stream of a measure's track in a municipality: `track-<practiceId>-<organisationId>`. @category tracks */
export const trackStreamId = (practiceId: string, municipality: string): string => `track-${practiceId}-${municipality}`
