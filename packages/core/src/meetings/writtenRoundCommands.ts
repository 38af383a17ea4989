import { Schema } from "effect"
import { BodyId, PersonId } from "../governance/Ids.js"
import { Outcome } from "../governance/Route.js"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { RequiredText, Title } from "../kernel/Text.js"
import { DecisionId } from "../routes/commands.js"
import { AgendaSubject } from "./meetingCommands.js"
import { WrittenRoundId } from "./MeetingIds.js"

/** A member's answer in a written round. @category meetings */
export const RoundResponse = Schema.Literal("agree", "object", "abstain").annotations({ identifier: "RoundResponse" })
/** @category meetings */
export type RoundResponse = typeof RoundResponse.Type

/**
 * The chair or secretary sends a proposal to the body's members with a deadline: a decision on an
 * item (with the `outcome` proposed), the besluitenlijst of a meeting, or a point of the body's own.
 * @category meetings
 */
export class StartWrittenRound extends Schema.TaggedClass<StartWrittenRound>()("StartWrittenRound", {
  writtenRoundId: WrittenRoundId,
  body: BodyId,
  title: Title,
  subject: AgendaSubject,
  proposal: RequiredText,
  outcome: Schema.optional(Outcome),
  papers: Schema.optionalWith(Schema.Array(RequiredText), { default: () => [] }),
  startedOn: Schema.optional(CalendarDate),
  deadline: CalendarDate,
}) {}

/** A member answers (or the secretary records the member's answer): agree, object or abstain. @category meetings */
export class RespondToWrittenRound extends Schema.TaggedClass<RespondToWrittenRound>()("RespondToWrittenRound", {
  writtenRoundId: WrittenRoundId,
  member: Schema.optional(PersonId),
  response: RoundResponse,
  on: Schema.optional(CalendarDate),
  remark: Schema.optional(RequiredText),
}) {}

/**
 * The chair or secretary closes the round at its deadline (or when every member answered): the
 * body's rule decides. A decision on an item is recorded on the item with the round instead.
 * @category meetings
 */
export class CloseWrittenRound extends Schema.TaggedClass<CloseWrittenRound>()("CloseWrittenRound", {
  writtenRoundId: WrittenRoundId,
  decisionId: DecisionId,
  on: Schema.optional(CalendarDate),
}) {}

/** Closes the round with the decision recorded on its item, pilot, exemption or the programme's end. @category meetings */
export class NoteRoundDecision extends Schema.TaggedClass<NoteRoundDecision>()("NoteRoundDecision", {
  writtenRoundId: WrittenRoundId,
  decisionId: DecisionId,
  on: CalendarDate,
}) {}

/** Every command on a written round. @category meetings */
export const WrittenRoundCommand = Schema.Union(
  StartWrittenRound,
  RespondToWrittenRound,
  CloseWrittenRound,
  NoteRoundDecision,
)
/** @category meetings */
export type WrittenRoundCommand = typeof WrittenRoundCommand.Type
