import { exemptionInMeetingPolicy } from "../meetings/decisionPolicies.js"
import { Context, Effect, Layer } from "effect"
import { practiceDecider } from "../practices/practiceDecider.js"
import { practiceEventCodec, practiceStreamId } from "../practices/practiceEvents.js"
import type { TrackCommand } from "../practices/trackCommands.js"
import { trackDecider } from "../practices/trackDecider.js"
import { trackEventCodec, trackStreamId } from "../practices/trackEvents.js"
import type { TrackState } from "../practices/TrackState.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, ReadError } from "./Executed.js"
import { statesWithPrefix } from "./streamsWithPrefix.js"
import type { OrganisationId, PersonId } from "../governance/Ids.js"
import type { PracticeId } from "../practices/Practice.js"
import { programmeEndPolicy } from "../handover/programmeEndFinal.js"

/** A track's state with the version of its stream (for ETags). @category application */
export type TrackView = TrackState & { readonly streamVersion: number }

/**
 * The application service of the tracks of accorded measures per municipality: executes moves,
 * plans, maatwerk notes and the DVO's exemptions, and reads a track or all tracks of a practice.
 *
 * @example
 * ```ts
 * const tracks = yield* Tracks
 * const rheden = OrganisationId.make("rheden")
 * const burgemeester = PersonId.make("burgemeester-rheden")
 * yield* tracks.execute(burgemeester, new MoveTrack({ practiceId, municipality: rheden, to: "pilot", on }))
 * ```
 * @category application
 */
export class Tracks extends Context.Tag("@weerbaar/core/Tracks")<
  Tracks,
  {
    /** Executes a command on the track of a measure in a municipality. */
    readonly execute: (
      actor: PersonId,
      command: TrackCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<TrackState>, ExecuteError>
    /** The track of a measure in a municipality. */
    readonly track: (practiceId: PracticeId, municipality: OrganisationId) => Effect.Effect<TrackView, ReadError>
    /** Every track of a measure that has an event. */
    readonly tracksOf: (practiceId: PracticeId) => Effect.Effect<ReadonlyArray<TrackState>, ReadError>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Tracks, never, ProgrammeRuntime> = Layer.effect(
    Tracks,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      return {
        execute: (actor, command, options = {}) =>
          runtime.execute({
            streamId: trackStreamId(command.practiceId, command.municipality),
            decider: trackDecider,
            codec: trackEventCodec,
            command,
            actor,
            options,
            policies: [programmeEndPolicy(), exemptionInMeetingPolicy],
            reads: (base) =>
              Effect.map(
                runtime.load(practiceStreamId(command.practiceId), practiceDecider, practiceEventCodec),
                ({ state }) => ({ ...base, practice: state }),
              ),
          }),
        track: (practiceId, municipality) =>
          Effect.map(
            runtime.load(trackStreamId(practiceId, municipality), trackDecider, trackEventCodec),
            (loaded) => ({ ...loaded.state, streamVersion: loaded.version }),
          ),
        tracksOf: (practiceId) =>
          Effect.map(statesWithPrefix(runtime.store, `track-${practiceId}-`, trackDecider, trackEventCodec), (states) =>
            [...states.values()].filter((t) => t.practiceId === practiceId),
          ),
      }
    }),
  )
}
