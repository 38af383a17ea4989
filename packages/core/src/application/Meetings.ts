import { Context, Effect, Layer } from "effect"
import type { PersonId } from "../governance/Ids.js"
import { type Besluitenlijst, besluitenlijstOf } from "../meetings/besluitenlijst.js"
import type { MeetingCommand } from "../meetings/meetingCommands.js"
import { meetingDecider } from "../meetings/meetingDecider.js"
import { meetingEventCodec, meetingStreamId } from "../meetings/meetingEvents.js"
import type { MeetingId, WrittenRoundId } from "../meetings/MeetingIds.js"
import type { MeetingState } from "../meetings/MeetingState.js"
import { minutesAtMeetingPolicy, minutesByRoundPolicy } from "../meetings/minutesPolicy.js"
import type { WrittenRoundCommand } from "../meetings/writtenRoundCommands.js"
import { writtenRoundDecider } from "../meetings/writtenRoundDecider.js"
import { writtenRoundEventCodec, writtenRoundStreamId } from "../meetings/writtenRoundEvents.js"
import type { WrittenRoundState } from "../meetings/WrittenRoundState.js"
import type { ExecuteError, ExecuteOptions, Executed, NoGovernanceModel, ReadError } from "./Executed.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"

/** A meeting's state with the version of its stream (for ETags). @category application */
export type MeetingView = MeetingState & { readonly streamVersion: number }

/**
 * The application service of the bodies' meetings and written rounds: plans a meeting and keeps
 * its agenda, attendance, substitutes, recusals, votes, decisions and action points; runs written
 * rounds; gives a meeting's besluitenlijst. A decision on an item, a pilot, an exemption or the
 * programme's end is recorded by its own service with the record of its meeting point
 * ({@link pointRecord}) or round ({@link roundRecord}).
 *
 * @example
 * ```ts
 * const meetings = yield* Meetings
 * yield* meetings.execute(secretary, new PlanMeeting({ meetingId, body, date }))
 * const { state } = yield* meetings.execute(secretary, new AddAgendaPoint({ meetingId, title, subject }))
 * yield* programme.route(secretary, new RecordDecision({ ...pointRecord(state, 1, "…"), itemId, … }))
 * ```
 * @category application
 */
export class Meetings extends Context.Tag("@weerbaar/core/Meetings")<
  Meetings,
  {
    /** Executes a command on a meeting. */
    readonly execute: (
      actor: PersonId,
      command: MeetingCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<MeetingState>, ExecuteError>
    /** Executes a command on a written round. */
    readonly writtenRound: (
      actor: PersonId,
      command: WrittenRoundCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<WrittenRoundState>, ExecuteError>
    /** The state of a meeting. */
    readonly meeting: (meetingId: MeetingId) => Effect.Effect<MeetingView, ReadError>
    /** The state of a written round. */
    readonly round: (writtenRoundId: WrittenRoundId) => Effect.Effect<WrittenRoundState, ReadError>
    /** The besluitenlijst of a meeting, names as the model in force on its date gives them. */
    readonly besluitenlijst: (
      meetingId: MeetingId,
    ) => Effect.Effect<Besluitenlijst | undefined, ReadError | NoGovernanceModel>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Meetings, never, ProgrammeRuntime> = Layer.effect(
    Meetings,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const load = (meetingId: string) => runtime.load(meetingStreamId(meetingId), meetingDecider, meetingEventCodec)
      return {
        execute: (actor, command, options = {}) =>
          runtime.execute({
            streamId: meetingStreamId(command.meetingId),
            decider: meetingDecider,
            codec: meetingEventCodec,
            command,
            actor,
            options,
            policies: [minutesAtMeetingPolicy],
          }),
        writtenRound: (actor, command, options = {}) =>
          runtime.execute({
            streamId: writtenRoundStreamId(command.writtenRoundId),
            decider: writtenRoundDecider,
            codec: writtenRoundEventCodec,
            command,
            actor,
            options,
            policies: [minutesByRoundPolicy],
          }),
        meeting: (meetingId) =>
          Effect.map(load(meetingId), ({ state, version }) => ({ ...state, streamVersion: version })),
        round: (writtenRoundId) =>
          Effect.map(
            runtime.load(writtenRoundStreamId(writtenRoundId), writtenRoundDecider, writtenRoundEventCodec),
            ({ state }) => state,
          ),
        besluitenlijst: (meetingId) =>
          Effect.gen(function* () {
            const { state } = yield* load(meetingId)
            if (!state.exists) return undefined
            return besluitenlijstOf(yield* runtime.modelOn(state.date), state)
          }),
      }
    }),
  )
}
