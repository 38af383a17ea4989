import { Schema } from "effect"
import { BodyId, PersonId } from "../governance/Ids.js"
import { Outcome } from "../governance/Route.js"
import { CalendarDate, Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { AgendaSubject } from "./meetingCommands.js"
import { WrittenRoundId } from "./MeetingIds.js"
import { RoundResponse } from "./writtenRoundCommands.js"

/** How a written round ended: carried, not carried, or moved to the next meeting by an objection. @category meetings */
export const RoundResult = Schema.Literal("aangenomen", "verworpen", "naar-vergadering").annotations({
  identifier: "RoundResult",
})
/** @category meetings */
export type RoundResult = typeof RoundResult.Type

const round = { writtenRoundId: WrittenRoundId, by: PersonId, at: Timestamp }

/** A written round was sent to the members. @category meetings */
export class WrittenRoundStarted extends Schema.TaggedClass<WrittenRoundStarted>()("WrittenRoundStarted", {
  ...round,
  body: BodyId,
  title: Schema.String,
  subject: AgendaSubject,
  proposal: Schema.String,
  outcome: Schema.optional(Outcome),
  papers: Schema.Array(Schema.String),
  startedOn: CalendarDate,
  deadline: CalendarDate,
  sentTo: Schema.Array(PersonId),
}) {}

/** A member answered. @category meetings */
export class WrittenRoundAnswered extends Schema.TaggedClass<WrittenRoundAnswered>()("WrittenRoundAnswered", {
  ...round,
  member: PersonId,
  response: RoundResponse,
  on: CalendarDate,
  remark: Schema.optional(Schema.String),
}) {}

/** The round was closed with its result; tacit consenters agreed by the deadline. @category meetings */
export class WrittenRoundClosed extends Schema.TaggedClass<WrittenRoundClosed>()("WrittenRoundClosed", {
  ...round,
  on: CalendarDate,
  result: RoundResult,
  decisionId: Schema.optional(Schema.String),
  tacit: Schema.Array(PersonId),
}) {}

/** Every event of a written round. @category meetings */
export const WrittenRoundEvent = Schema.Union(WrittenRoundStarted, WrittenRoundAnswered, WrittenRoundClosed)
/** @category meetings */
export type WrittenRoundEvent = typeof WrittenRoundEvent.Type

/** Stores and reads the events of a written round. @category meetings */
export const writtenRoundEventCodec = eventCodec(WrittenRoundEvent, [
  "WrittenRoundStarted",
  "WrittenRoundAnswered",
  "WrittenRoundClosed",
])

/** The stream of a written round. @category meetings */
export const writtenRoundStreamId = (writtenRoundId: string): string => `written-round-${writtenRoundId}`
