import { Schema } from "effect"
import { BodyId, PersonId } from "../governance/Ids.js"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { RecordedDecisionFields } from "./recordedDecision.js"
import { DecisionId } from "../routes/commands.js"
import { AgendaSubject, MeetingTime, Presence } from "./meetingCommands.js"
import { AgendaPointNumber, DecidedIn, MeetingId } from "./MeetingIds.js"

const meeting = { meetingId: MeetingId, by: PersonId, at: Timestamp }

/** A meeting was planned and its members invited. @category meetings */
export class MeetingPlanned extends Schema.TaggedClass<MeetingPlanned>()("MeetingPlanned", {
  ...meeting,
  body: BodyId,
  date: CalendarDate,
  time: Schema.optional(MeetingTime),
  place: Schema.optional(Schema.String),
  online: Schema.Boolean,
  invited: Schema.Array(PersonId),
}) {}

/** A point joined the agenda. @category meetings */
export class AgendaPointAdded extends Schema.TaggedClass<AgendaPointAdded>()("AgendaPointAdded", {
  ...meeting,
  point: AgendaPointNumber,
  title: Schema.String,
  subject: AgendaSubject,
  papers: Schema.Array(Schema.String),
}) {}

/** A member's attendance was recorded. @category meetings */
export class AttendanceRecorded extends Schema.TaggedClass<AttendanceRecorded>()("AttendanceRecorded", {
  ...meeting,
  person: PersonId,
  presence: Presence,
}) {}

/** A substitute attended in a member's place. @category meetings */
export class SubstituteRecorded extends Schema.TaggedClass<SubstituteRecorded>()("SubstituteRecorded", {
  ...meeting,
  member: PersonId,
  substitute: PersonId,
}) {}

/** A member was recused on a point. @category meetings */
export class RecusalRecorded extends Schema.TaggedClass<RecusalRecorded>()("RecusalRecorded", {
  ...meeting,
  point: AgendaPointNumber,
  person: PersonId,
  reason: Schema.String,
}) {}

/** A vote on a point. @category meetings */
export class VoteCast extends Schema.TaggedClass<VoteCast>()("VoteCast", {
  ...meeting,
  point: AgendaPointNumber,
  person: PersonId,
  vote: Schema.Literal("for", "against", "abstain"),
}) {}

/**
 * A point was decided: the decision's id and its words as the besluitenlijst gives them. A decision
 * of the body's own point (not an item's, a pilot's, …, which their own events record) carries its
 * meeting date and record, for the decision register.
 * @category meetings
 */
export class PointDecided extends Schema.TaggedClass<PointDecided>()("PointDecided", {
  ...meeting,
  point: AgendaPointNumber,
  decisionId: DecisionId,
  decision: Schema.String,
  rationale: Schema.optional(Schema.String),
  meetingDate: Schema.optional(CalendarDate),
  ...RecordedDecisionFields,
}) {}

/** An action point was agreed. @category meetings */
export class ActionPointAdded extends Schema.TaggedClass<ActionPointAdded>()("ActionPointAdded", {
  ...meeting,
  action: Schema.String,
  owner: PersonId,
  due: CalendarDate,
  point: Schema.optional(AgendaPointNumber),
}) {}

/** The meeting was closed. @category meetings */
export class MeetingClosed extends Schema.TaggedClass<MeetingClosed>()("MeetingClosed", {
  ...meeting,
  minutes: Schema.optional(Schema.String),
}) {}

/** The besluitenlijst and minutes were adopted; the meeting is immutable. @category meetings */
export class MinutesAdopted extends Schema.TaggedClass<MinutesAdopted>()("MinutesAdopted", {
  ...meeting,
  adoptedIn: DecidedIn,
  on: CalendarDate,
}) {}

/** Every event of a meeting. @category meetings */
export const MeetingEvent = Schema.Union(
  MeetingPlanned,
  AgendaPointAdded,
  AttendanceRecorded,
  SubstituteRecorded,
  RecusalRecorded,
  VoteCast,
  PointDecided,
  ActionPointAdded,
  MeetingClosed,
  MinutesAdopted,
)
/** @category meetings */
export type MeetingEvent = typeof MeetingEvent.Type

/** Stores and reads the events of a meeting. @category meetings */
export const meetingEventCodec = eventCodec(MeetingEvent, [
  "MeetingPlanned",
  "AgendaPointAdded",
  "AttendanceRecorded",
  "SubstituteRecorded",
  "RecusalRecorded",
  "VoteCast",
  "PointDecided",
  "ActionPointAdded",
  "MeetingClosed",
  "MinutesAdopted",
])

/** The stream of a meeting. @category meetings */
export const meetingStreamId = (meetingId: string): string => `meeting-${meetingId}`
