import { Context, Effect, Either, Layer, Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import { Refused, type RuleViolation, violation } from "../kernel/Refusal.js"
import {
  GovernanceModelAdopted,
  governanceEventCodec,
  governanceRules,
  governanceStreamId,
} from "../governance/adoption.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyOfLevel, mayActFor } from "../governance/queries.js"
import type { StreamVersionConflict } from "../ports/EventStore.js"
import { type AllowedAction, allowedActions } from "../routes/allowedActions.js"
import type { BudgetPosition } from "../routes/Budget.js"
import { budgetLedgerStreamId, budgetPosition, ledgerWrites } from "../routes/budgetLedger.js"
import type { RouteCommand } from "../routes/commands.js"
import { itemStreamId, type RouteEvent, routeEventCodec } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { routeDecider } from "../routes/routeDecider.js"
import { practiceDecider } from "../practices/practiceDecider.js"
import { practiceEventCodec, practiceStreamId } from "../practices/practiceEvents.js"
import {
  practicesConcerned,
  practiceFollowUps,
  practiceRouteViolations,
  practiceWrites,
} from "../practices/practicePolicy.js"
import {
  type ExecuteError,
  type ExecuteOptions,
  type Executed,
  type NoGovernanceModel,
  ProgrammeRuntime,
  type ReadError,
} from "./ProgrammeRuntime.js"

/**
 * How a command on an item's route is executed ({@link ExecuteOptions}), with the item as the
 * caller already read it from this store (as `item` gives it, with its stream version): when the
 * command expects that version (`expectedVersion`), it is decided on this state and the item's
 * stream is not read again. The command is decided on the state given, so it must be the one read.
 * @category application
 */
export interface RouteOptions extends ExecuteOptions {
  readonly item?: { readonly state: ItemState; readonly version: number }
}

/** An item's state with the version of its stream (for ETags). @category application */
export type ItemView = ItemState & { readonly streamVersion: number }

/**
 * The application service of a programme's approval routes: adopts the governance model,
 * executes commands on items for an actor, and answers what an actor may do now.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const programme = yield* Programme
 *   yield* programme.adoptModel(samenWeerbaar(), "secretaris-stuurgroep")
 *   yield* programme.route("lid-eg-oc-riec", new DraftItem({ ... }))
 * }).pipe(Effect.provide(Programme.layer.pipe(Layer.provideMerge(ProgrammeRuntime.layer), ...)))
 * ```
 * @category application
 */
export class Programme extends Context.Tag("@weerbaar/core/Programme")<
  Programme,
  {
    /** The governance model in force. */
    readonly model: Effect.Effect<GovernanceModel, NoGovernanceModel | ReadError>
    /** Adopts a governance model; after the first, only a person acting for the DVO or the Stuurgroep may. */
    readonly adoptModel: (
      model: GovernanceModel,
      actor: string,
    ) => Effect.Effect<Executed, Refused | StreamVersionConflict | ReadError>
    /** Executes a command on an item's approval route. */
    readonly route: (
      actor: string,
      command: RouteCommand,
      options?: RouteOptions,
    ) => Effect.Effect<Executed, ExecuteError>
    /** The state of an item. */
    readonly item: (itemId: string) => Effect.Effect<ItemView, ReadError>
    /** What `actor` may do now on an item, with the reasons for the rest. */
    readonly allowedActions: (
      actor: string,
      itemId: string,
    ) => Effect.Effect<ReadonlyArray<AllowedAction>, ReadError | NoGovernanceModel>
    /** The programme's budget: available and committed by accords. */
    readonly budget: Effect.Effect<BudgetPosition, ReadError | NoGovernanceModel>
    /** A new identifier with a prefix (`bv`, `besluit`, …). */
    readonly newId: (prefix: string) => Effect.Effect<string>
  }
>() {
  /** The service on the {@link ProgrammeRuntime}. */
  static readonly layer: Layer.Layer<Programme, never, ProgrammeRuntime> = Layer.effect(
    Programme,
    Effect.gen(function* () {
      const runtime = yield* ProgrammeRuntime
      const { store } = runtime
      const loadItem = (itemId: string) => runtime.load(itemStreamId(itemId), routeDecider, routeEventCodec)
      const loadPractice = (practiceId: string) =>
        runtime.load(practiceStreamId(practiceId), practiceDecider, practiceEventCodec)
      const loadBudget = (m: GovernanceModel) =>
        Effect.map(store.readStream(budgetLedgerStreamId), (ledger) => ({
          position: budgetPosition(m.programme.availableBudget, ledger),
          version: ledger.at(-1)?.version ?? 0,
        }))

      return {
        model: runtime.model,
        adoptModel: (newModel, actor) =>
          Effect.gen(function* () {
            const current = yield* runtime.currentModel
            const at = yield* runtime.now
            if (Option.isSome(current)) {
              const today = dateOf(at)
              const governing = [bodyOfLevel(current.value, "bestuurlijk"), bodyOfLevel(current.value, "besturing")]
              const may = governing.some((b) => Option.isSome(b) && mayActFor(current.value, actor, b.value.id, today))
              if (!may) {
                return yield* new Refused({
                  command: "AdoptGovernanceModel",
                  violations: [violation(governanceRules.mayNotAdopt, { person: actor })],
                })
              }
            }
            const version = yield* store.streamVersion(governanceStreamId)
            const event = new GovernanceModelAdopted({ model: newModel, adoptedBy: actor, at })
            const result = yield* store.append(
              [
                {
                  streamId: governanceStreamId,
                  expectedVersion: version,
                  events: [governanceEventCodec.toNewEvent(event)],
                },
              ],
              { actor },
            )
            return Object.assign({}, result, { streamVersion: version + 1 })
          }),
        route: (actor, command, options = {}) =>
          runtime.execute({
            streamId: itemStreamId(command.itemId),
            decider: routeDecider,
            codec: routeEventCodec,
            command,
            actor,
            options,
            ...(options.item === undefined ? {} : { known: options.item }),
            context: (state, base) =>
              Effect.gen(function* () {
                // Only a decision commits or releases budget: no other command reads or writes the ledger.
                const budget =
                  command._tag === "RecordDecision" || command._tag === "RevokeDecision"
                    ? yield* loadBudget(base.model)
                    : { position: budgetPosition(base.model.programme.availableBudget, []), version: 0 }
                const context = Object.assign({}, base, { budget: budget.position })
                // The practices an item lists follow its route: read them here, append with the decision.
                const concerned = practicesConcerned(command, state)
                const practices =
                  concerned.length === 0
                    ? []
                    : yield* Effect.forEach(concerned, (id) =>
                        Effect.map(loadPractice(id), (loaded) => [id, loaded] as const),
                      )
                const states = new Map(practices.map(([id, p]) => [id, p.state]))
                const refusals = practiceRouteViolations(command, state, states, base.model)
                if (refusals.length > 0) {
                  const route = routeDecider.decide(command, state, context)
                  return yield* new Refused({
                    command: command._tag,
                    violations: [...(Either.isLeft(route) ? route.left.violations : []), ...refusals] as [
                      RuleViolation,
                      ...Array<RuleViolation>,
                    ],
                  })
                }
                const versions = new Map(practices.map(([id, p]) => [id, p.version]))
                return {
                  context,
                  extraWrites: (events: ReadonlyArray<RouteEvent>) => [
                    ...ledgerWrites(events, budget.version),
                    ...practiceWrites(practiceFollowUps(state, events, states, base.model), versions),
                  ],
                }
              }),
          }),
        item: (itemId) =>
          Effect.map(loadItem(itemId), ({ state, version }) => Object.assign({}, state, { streamVersion: version })),
        allowedActions: (actor, itemId) =>
          Effect.gen(function* () {
            const m = yield* runtime.model
            const { state } = yield* loadItem(itemId)
            const budget = yield* loadBudget(m)
            return allowedActions(state, { actor, model: m, now: yield* runtime.now, budget: budget.position })
          }),
        budget: Effect.flatMap(runtime.model, (m) => Effect.map(loadBudget(m), (b) => b.position)),
        newId: runtime.newId,
      }
    }),
  )
}
