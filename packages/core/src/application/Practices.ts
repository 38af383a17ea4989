import { networkAgreementInMeetingPolicy, pilotDecisionInMeetingPolicy } from "../meetings/decisionPolicies.js"
import { Context, Effect, Layer } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import { type PhasePicture, phasePicture } from "../practices/phasePicture.js"
import { tracksOn } from "../practices/tracksOn.js"
import type { PracticeCommand } from "../practices/practiceCommands.js"
import { practiceDecider } from "../practices/practiceDecider.js"
import { practiceEventCodec, practiceStreamId } from "../practices/practiceEvents.js"
import type { Practice, PracticeState } from "../practices/PracticeState.js"
import { trackDecider } from "../practices/trackDecider.js"
import { trackEventCodec } from "../practices/trackEvents.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, ReadError } from "./Executed.js"
import { statesWithPrefix } from "./streamsWithPrefix.js"
import type { PersonId } from "../governance/Ids.js"
import type { PracticeId } from "../practices/Practice.js"
import { programmeEndPolicy } from "../handover/programmeEndFinal.js"
import { practiceLinkPolicy } from "../practices/practiceLinkPolicy.js"

/** A practice's state with the version of its stream (for ETags). @category application */
export type PracticeView = PracticeState & { readonly streamVersion: number }

/**
 * The application service of the Best Practice catalogue: executes commands on practices for an
 * actor, reads a practice or the whole catalogue, and derives the programme's phase picture.
 * Proposing, according and handing over are not here: they follow from `Programme.route` (see {@link Programme}).
 *
 * @example
 * ```ts
 * const practices = yield* Practices
 * yield* practices.execute(PersonId.make("lid-eg-oc-rheden"), new RegisterPractice({ practiceId, theme, ... }))
 * const picture = yield* practices.phasePicture
 * ```
 * @category application
 */
export class Practices extends Context.Tag("@weerbaar/core/Practices")<
  Practices,
  {
    /** Executes a command on a practice. */
    readonly execute: (
      actor: PersonId,
      command: PracticeCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed<PracticeState>, ExecuteError>
    /** The state of a practice. */
    readonly practice: (practiceId: PracticeId) => Effect.Effect<PracticeView, ReadError>
    /** Every practice in the catalogue. */
    readonly catalogue: Effect.Effect<ReadonlyArray<Practice>, ReadError>
    /** The phase picture from every practice and every track, per theme of the model, tracks after mergers as of now. */
    readonly phasePicture: Effect.Effect<PhasePicture, ReadError>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Practices, never, ProgrammeRuntime> = Layer.effect(
    Practices,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const catalogue = Effect.map(
        statesWithPrefix(runtime.store, "practice-", practiceDecider, practiceEventCodec),
        (states) => [...states.values()].filter((s): s is Practice => s.exists),
      )
      return {
        execute: (actor, command, options = {}) =>
          runtime.execute({
            streamId: practiceStreamId(command.practiceId),
            decider: practiceDecider,
            codec: practiceEventCodec,
            command,
            actor,
            options,
            policies: [
              programmeEndPolicy(),
              pilotDecisionInMeetingPolicy,
              networkAgreementInMeetingPolicy,
              practiceLinkPolicy,
            ],
          }),
        practice: (practiceId) =>
          Effect.map(runtime.load(practiceStreamId(practiceId), practiceDecider, practiceEventCodec), (loaded) => ({
            ...loaded.state,
            streamVersion: loaded.version,
          })),
        catalogue,
        phasePicture: Effect.gen(function* () {
          const practices = yield* catalogue
          const tracks = yield* statesWithPrefix(runtime.store, "track-", trackDecider, trackEventCodec)
          const model = yield* Effect.catchTag(runtime.model, "NoGovernanceModel", () => Effect.succeed(undefined))
          const recorded = [...tracks.values()].flatMap((t) =>
            t.theme === undefined || t.practiceId === undefined || t.municipality === undefined
              ? []
              : [{ practiceId: t.practiceId, municipality: t.municipality as string, theme: t.theme, phase: t.phase }],
          )
          const trackRows = model === undefined ? recorded : tracksOn(model, recorded, dateOf(yield* runtime.now))
          return phasePicture(
            practices.map((p) => ({
              practiceId: p.practiceId,
              theme: p.description.theme,
              status: p.status,
              network: p.network !== undefined,
            })),
            trackRows,
            model?.themes.map((t) => t.id),
          )
        }),
      }
    }),
  )
}
