import { Context, Effect, Either, Layer } from "effect"
import { type CalendarDate, dateOf } from "../kernel/CalendarDate.js"
import { accordedMeasureOf } from "../health/AccordedMeasure.js"
import type { ExecutionContext } from "../health/ExecutionContext.js"
import { healthInputOf } from "../health/healthInput.js"
import {
  type ConfirmPart,
  confirmationDecider,
  confirmationEventCodec,
  confirmationStreamId,
} from "../health/partConfirmation.js"
import { type ProgrammeHealth, programmeHealth } from "../health/programmeHealth.js"
import { type ReportSpending, spendingDecider, spendingEventCodec, spendingStreamId } from "../health/spending.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { itemStreamId, routeEventCodec } from "../routes/events.js"
import { routeDecider } from "../routes/routeDecider.js"
import { ProgrammeRuntime } from "./ProgrammeRuntime.js"
import type { ExecuteError, ExecuteOptions, Executed, NoGovernanceModel, ReadError } from "./Executed.js"
import type { PersonId } from "../governance/Ids.js"

/**
 * The application service of the randvoorwaarden: partners confirm their part of an accorded
 * proposal, spending is reported per budget line, and the programme's health is computed.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const health = yield* Health
 *   const teamchef = PersonId.make("teamchef-politie")
 *   const politie = OrganisationId.make("politie-oost-nederland")
 *   yield* health.confirmPart(teamchef, new ConfirmPart({ itemId, organisation: politie }))
 *   const today = yield* health.health()
 * }).pipe(Effect.provide(Health.layer.pipe(Layer.provideMerge(ProgrammeRuntime.layer), ...)))
 * ```
 * @category application
 */
export class Health extends Context.Tag("@weerbaar/core/Health")<
  Health,
  {
    /** A partner organisation confirms its part of an accorded proposal (stream `commitment-<itemId>`). */
    readonly confirmPart: (
      actor: PersonId,
      command: ConfirmPart,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed, ExecuteError>
    /** Reports spending on a budget line of an accorded proposal (stream `spending-<itemId>`). */
    readonly reportSpending: (
      actor: PersonId,
      command: ReportSpending,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed, ExecuteError>
    /** The programme's health on `date` (today by default), under the model in force. */
    readonly health: (date?: CalendarDate) => Effect.Effect<ProgrammeHealth, ReadError | NoGovernanceModel>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Health, never, ProgrammeRuntime> = Layer.effect(
    Health,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const withMeasure = (itemId: string) => (base: DecisionContext) =>
        Effect.map(
          runtime.load(itemStreamId(itemId), routeDecider, routeEventCodec),
          ({ state }): ExecutionContext => ({ ...base, measure: accordedMeasureOf(state) }),
        )
      return {
        confirmPart: (actor, command, options = {}) =>
          runtime.execute({
            streamId: confirmationStreamId(command.itemId),
            decider: confirmationDecider,
            codec: confirmationEventCodec,
            command,
            actor,
            options,
            reads: withMeasure(command.itemId),
          }),
        reportSpending: (actor, command, options = {}) =>
          runtime.execute({
            streamId: spendingStreamId(command.itemId),
            decider: spendingDecider,
            codec: spendingEventCodec,
            command,
            actor,
            options,
            reads: withMeasure(command.itemId),
          }),
        health: (date) =>
          Effect.gen(function* () {
            const on = date ?? dateOf(yield* runtime.now)
            // The rule book of that date: its thresholds, bodies and municipalities.
            const model = yield* runtime.modelOn(on)
            const events = yield* runtime.store.readAll()
            const input = yield* Either.match(healthInputOf(events), { onLeft: Effect.fail, onRight: Effect.succeed })
            return programmeHealth(model, input, on)
          }),
      }
    }),
  )
}
