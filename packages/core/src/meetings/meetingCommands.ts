import { Schema } from "effect"
import { BodyId, PersonId } from "../governance/Ids.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { RequiredText, Text, Title } from "../kernel/Text.js"
import { DecisionId, ItemId } from "../routes/commands.js"
import { AgendaPointNumber, DecidedIn, MeetingId } from "./MeetingIds.js"

/**
 * What an agenda point is about: an item on its route (decided, or taken note of), the
 * besluitenlijst and minutes of an earlier meeting to adopt, or another point (a pilot
 * designation, an exemption, the programme's end, a matter of the body's own).
 * @category meetings
 */
export const AgendaSubject = Schema.Union(
  Schema.Struct({ kind: Schema.Literal("item"), itemId: ItemId }),
  Schema.Struct({ kind: Schema.Literal("minutes"), meetingId: MeetingId }),
  Schema.Struct({ kind: Schema.Literal("other") }),
).annotations({ identifier: "AgendaSubject" })
/** @category meetings */
export type AgendaSubject = typeof AgendaSubject.Type

/** A meeting time, `HH:MM`. @category meetings */
export const MeetingTime = Schema.String.pipe(
  Schema.pattern(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, { message: () => "expected a time HH:MM" }),
  Schema.annotations({ identifier: "MeetingTime" }),
)

/** Whether a member attended: present, sent apologies, or absent without them. @category meetings */
export const Presence = Schema.Literal("present", "apologies", "absent").annotations({ identifier: "Presence" })
/** @category meetings */
export type Presence = typeof Presence.Type

/** The chair or secretary plans a meeting of the body: its date, time and place; the members are invited. @category meetings */
export class PlanMeeting extends Schema.TaggedClass<PlanMeeting>()("PlanMeeting", {
  meetingId: MeetingId,
  body: BodyId,
  date: CalendarDate,
  time: Schema.optional(MeetingTime),
  place: Schema.optional(Text),
  online: Schema.optionalWith(Schema.Boolean, { default: () => false }),
}) {}

/** A point is added to the agenda, with its papers (by reference: a title, a file, a link). @category meetings */
export class AddAgendaPoint extends Schema.TaggedClass<AddAgendaPoint>()("AddAgendaPoint", {
  meetingId: MeetingId,
  title: Title,
  subject: AgendaSubject,
  papers: Schema.optionalWith(Schema.Array(RequiredText), { default: () => [] }),
}) {}

/** A member's attendance: present, apologies or absent (the last record counts). @category meetings */
export class RecordAttendance extends Schema.TaggedClass<RecordAttendance>()("RecordAttendance", {
  meetingId: MeetingId,
  person: PersonId,
  presence: Presence,
}) {}

/** A substitute attends in an absent member's place, as the model allows. @category meetings */
export class RecordSubstitute extends Schema.TaggedClass<RecordSubstitute>()("RecordSubstitute", {
  meetingId: MeetingId,
  member: PersonId,
  substitute: PersonId,
}) {}

/** A member declares a conflict of interest on one point and takes no part in its decision. @category meetings */
export class RecordRecusal extends Schema.TaggedClass<RecordRecusal>()("RecordRecusal", {
  meetingId: MeetingId,
  point: AgendaPointNumber,
  person: PersonId,
  reason: RequiredText,
}) {}

/** A present member (or a substitute, in the member's place) votes on a point. @category meetings */
export class CastVote extends Schema.TaggedClass<CastVote>()("CastVote", {
  meetingId: MeetingId,
  point: AgendaPointNumber,
  person: PersonId,
  vote: Schema.Literal("for", "against", "abstain"),
}) {}

/**
 * The body decides a point of its own (an `other` point or the minutes of an earlier meeting), by
 * its decision rule over the meeting's attendance, recusals and votes on the point.
 * @category meetings
 */
export class DecidePoint extends Schema.TaggedClass<DecidePoint>()("DecidePoint", {
  meetingId: MeetingId,
  point: AgendaPointNumber,
  decisionId: DecisionId,
  decision: RequiredText,
  rationale: Schema.optional(RequiredText),
}) {}

/** Records, at its point, a decision taken on an item, a pilot, an exemption or the programme's end. @category meetings */
export class NotePointDecision extends Schema.TaggedClass<NotePointDecision>()("NotePointDecision", {
  meetingId: MeetingId,
  point: AgendaPointNumber,
  decisionId: DecisionId,
  decision: RequiredText,
  subject: AgendaSubject,
}) {}

/** An action point with its owner and due date, from the meeting (on a point or in general). @category meetings */
export class AddActionPoint extends Schema.TaggedClass<AddActionPoint>()("AddActionPoint", {
  meetingId: MeetingId,
  action: RequiredText,
  owner: PersonId,
  due: CalendarDate,
  point: Schema.optional(AgendaPointNumber),
}) {}

/**
 * The chair or secretary closes the meeting, with its minutes (verslag: the text, or where it is
 * kept); its besluitenlijst and minutes await adoption.
 * @category meetings
 */
export class CloseMeeting extends Schema.TaggedClass<CloseMeeting>()("CloseMeeting", {
  meetingId: MeetingId,
  minutes: Schema.optional(Text),
}) {}

/** The besluitenlijst and minutes were adopted (at a later meeting or by written round): immutable from now on. @category meetings */
export class AdoptMinutes extends Schema.TaggedClass<AdoptMinutes>()("AdoptMinutes", {
  meetingId: MeetingId,
  adoptedIn: DecidedIn,
  on: CalendarDate,
}) {}

/** Every command on a meeting. @category meetings */
export const MeetingCommand = Schema.Union(
  PlanMeeting,
  AddAgendaPoint,
  RecordAttendance,
  RecordSubstitute,
  RecordRecusal,
  CastVote,
  DecidePoint,
  NotePointDecision,
  AddActionPoint,
  CloseMeeting,
  AdoptMinutes,
)
/** @category meetings */
export type MeetingCommand = typeof MeetingCommand.Type
