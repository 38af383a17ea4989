import { programmeEndInMeetingPolicy } from "../meetings/decisionPolicies.js"
import { Context, Effect, Either, Layer, Option } from "effect"
import { handoverImportPolicy } from "../handover/handoverImportPolicy.js"
import {
  CreateHandoverPackage,
  handoverDecider,
  handoverEventCodec,
  handoverStreamId,
  ImportHandoverPackage,
} from "../handover/handoverDecider.js"
import type { HandoverPackage } from "../handover/HandoverPackage.js"
import {
  type EndProgramme,
  programmeEndDecider,
  programmeEndEventCodec,
  programmeEndStreamId,
} from "../handover/programmeEnd.js"
import { type HandoverPackageRefused, verifyHandoverPackage } from "../handover/verifyPackage.js"
import type { InsightsBundle } from "../information/InsightsBundle.js"
import { ItemId } from "../routes/commands.js"
import { practiceDecider } from "../practices/practiceDecider.js"
import { practiceEventCodec, practiceStreamId } from "../practices/practiceEvents.js"
import type { Practice } from "../practices/PracticeState.js"
import { trackDecider } from "../practices/trackDecider.js"
import { trackEventCodec } from "../practices/trackEvents.js"
import { itemStreamId, routeEventCodec } from "../routes/events.js"
import type { Item } from "../routes/ItemState.js"
import { routeDecider } from "../routes/routeDecider.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, ReadError } from "./Executed.js"
import { statesWithPrefix } from "./streamsWithPrefix.js"
import type { PersonId } from "../governance/Ids.js"

/**
 * The application service of the handover: makes the package of an overdracht the Stuurgroep
 * decided on, imports a package into the network's store (refusing a tampered package or an
 * unknown version before anything is written), and ends the programme.
 *
 * @example
 * ```ts
 * const handover = yield* Handover
 * const pkg = yield* handover.createPackage(PersonId.make("secretaris-stuurgroep"), "overdracht-2018", insights)
 * // … in VNON's store:
 * yield* handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(json))
 * ```
 * @category application
 */
export class Handover extends Context.Tag("@weerbaar/core/Handover")<
  Handover,
  {
    /** Makes (once) and records the package of a decided overdracht, with the insights bundle. */
    readonly createPackage: (
      actor: PersonId,
      itemId: ItemId,
      information: InsightsBundle,
      options?: ExecuteOptions,
    ) => Effect.Effect<HandoverPackage, ExecuteError>
    /** The package made for an overdracht, if any. */
    readonly package: (itemId: ItemId) => Effect.Effect<Option.Option<HandoverPackage>, ReadError>
    /** Verifies a package read from JSON and imports it: practices as concepts, the overdracht item as draft. */
    readonly importPackage: (
      actor: PersonId,
      input: unknown,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed, ExecuteError | HandoverPackageRefused>
    /** Ends the programme, or refuses with everything that is still open. */
    readonly endProgramme: (
      actor: PersonId,
      command: EndProgramme,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed, ExecuteError>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Handover, never, ProgrammeRuntime> = Layer.effect(
    Handover,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const loadHandover = (itemId: string) =>
        runtime.load(handoverStreamId(itemId), handoverDecider, handoverEventCodec)
      const loadPractice = (practiceId: string) =>
        Effect.map(runtime.load(practiceStreamId(practiceId), practiceDecider, practiceEventCodec), (l) => l.state)
      const loadItem = (itemId: string) =>
        Effect.map(runtime.load(itemStreamId(itemId), routeDecider, routeEventCodec), (l) => l.state)

      return {
        createPackage: (actor, itemId, information, options = {}) =>
          Effect.gen(function* () {
            yield* runtime.execute({
              streamId: handoverStreamId(itemId),
              decider: handoverDecider,
              codec: handoverEventCodec,
              command: new CreateHandoverPackage({ itemId: ItemId.make(itemId), information }),
              actor,
              options,
              reads: (base) =>
                Effect.gen(function* () {
                  const item = yield* loadItem(itemId)
                  const listed = item.exists ? item.content.practices : []
                  const practices = yield* Effect.forEach(listed, loadPractice)
                  const tracks = yield* Effect.forEach(listed, (id) =>
                    Effect.map(statesWithPrefix(runtime.store, `track-${id}-`, trackDecider, trackEventCodec), (s) =>
                      [...s.values()].filter((t) => t.practiceId === id),
                    ),
                  )
                  return { ...base, item, practices, tracks: tracks.flat() }
                }),
            })
            const { state } = yield* loadHandover(itemId)
            return state.created!
          }),
        package: (itemId) => Effect.map(loadHandover(itemId), ({ state }) => Option.fromNullable(state.created)),
        importPackage: (actor, input, options = {}) =>
          Effect.gen(function* () {
            const pkg = yield* Either.match(verifyHandoverPackage(input), {
              onLeft: Effect.fail,
              onRight: Effect.succeed,
            })
            return yield* runtime.execute({
              streamId: handoverStreamId(pkg.content.handoverId),
              decider: handoverDecider,
              codec: handoverEventCodec,
              command: new ImportHandoverPackage({ package: pkg }),
              actor,
              options,
              reads: (base) =>
                Effect.gen(function* () {
                  const item = yield* loadItem(pkg.content.handoverId)
                  const practices = yield* Effect.forEach(pkg.content.practices, (p) => loadPractice(p.practiceId))
                  return { ...base, item, practices, tracks: [] }
                }),
              policies: [handoverImportPolicy],
            })
          }),
        endProgramme: (actor, command, options = {}) =>
          runtime.execute({
            streamId: programmeEndStreamId,
            decider: programmeEndDecider,
            codec: programmeEndEventCodec,
            command,
            actor,
            options,
            policies: [programmeEndInMeetingPolicy],
            reads: (base) =>
              Effect.gen(function* () {
                const practices = yield* statesWithPrefix(
                  runtime.store,
                  "practice-",
                  practiceDecider,
                  practiceEventCodec,
                )
                const items = yield* statesWithPrefix(runtime.store, "item-", routeDecider, routeEventCodec)
                return {
                  ...base,
                  practices: [...practices.values()].filter((p): p is Practice => p.exists),
                  items: [...items.values()].filter((i): i is Item => i.exists),
                }
              }),
          }),
      }
    }),
  )
}
