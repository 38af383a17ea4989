import { Clock, Context, Effect, Either, Layer, Option, Ref, Schema } from "effect"
import { dateOf, timestampOf } from "../kernel/CalendarDate.js"
import type { UndecodableEvent } from "../kernel/EventCodec.js"
import { fold } from "../kernel/Decider.js"
import { Refused, violation } from "../kernel/Refusal.js"
import {
  GovernanceModelAdopted,
  governanceEventCodec,
  governanceRules,
  governanceStreamId,
} from "../governance/adoption.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyOfLevel, mayActFor } from "../governance/queries.js"
import {
  EventStore,
  type EventStoreFailure,
  type StoredEvent,
  StreamVersionConflict,
  type StreamWrite,
} from "../ports/EventStore.js"
import { IdGenerator } from "../ports/IdGenerator.js"
import { type AllowedAction, allowedActions } from "../routes/allowedActions.js"
import type { BudgetPosition } from "../routes/Budget.js"
import { budgetLedgerStreamId, budgetPosition, ledgerWrites } from "../routes/budgetLedger.js"
import type { RouteCommand } from "../routes/commands.js"
import { itemStreamId, type RouteEvent, routeEventCodec } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { type RouteContext, routeDecider } from "../routes/routeDecider.js"

/** The store holds no governance model yet: adopt one first (`weerbaar init`). @category application */
export class NoGovernanceModel extends Schema.TaggedError<NoGovernanceModel>()("NoGovernanceModel", {}) {
  override get message(): string {
    return "the store holds no governance model yet: adopt one first"
  }
}

/**
 * How a command is executed: an idempotency key makes a retry harmless; an expected stream
 * version (from an ETag) makes a stale command fail instead of being decided on newer state;
 * correlation and causation ids tie commands together.
 * @category application
 */
export interface ExecuteOptions {
  readonly idempotencyKey?: string
  readonly expectedVersion?: number
  readonly correlationId?: string
  readonly causationId?: string
}

/** What an executed command stored. @category application */
export interface Executed {
  readonly events: ReadonlyArray<StoredEvent>
  readonly duplicate: boolean
  /** The version of the command's stream after the command. */
  readonly streamVersion: number
}

/** An item's state with the version of its stream (for ETags). @category application */
export type ItemView = ItemState & { readonly streamVersion: number }

/** Every way executing a command can fail. @category application */
export type ExecuteError = Refused | StreamVersionConflict | EventStoreFailure | NoGovernanceModel | UndecodableEvent

/**
 * The application service of a programme: executes commands for an actor — reads the stream
 * through the `EventStore`, decides with the current governance model and clock, appends with the
 * expected version — and answers what an actor may do now.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const programme = yield* Programme
 *   yield* programme.adoptModel(samenWeerbaar(), "secretaris-stuurgroep")
 *   yield* programme.route("trekker-eg-ondermijnende-criminaliteit", new DraftItem({ ... }))
 * }).pipe(Effect.provide(Programme.layer), Effect.provide(InMemoryEventStore.layer), Effect.provide(IdGenerator.sequential))
 * ```
 * @category application
 */
export class Programme extends Context.Tag("@weerbaar/core/Programme")<
  Programme,
  {
    /** The governance model in force. */
    readonly model: Effect.Effect<GovernanceModel, NoGovernanceModel | EventStoreFailure | UndecodableEvent>
    /** Adopts a governance model; after the first, only for a person acting for the DVO or the Stuurgroep. */
    readonly adoptModel: (
      model: GovernanceModel,
      actor: string,
    ) => Effect.Effect<Executed, Refused | StreamVersionConflict | EventStoreFailure | UndecodableEvent>
    /** Executes a command on an item's approval route. */
    readonly route: (
      actor: string,
      command: RouteCommand,
      options?: ExecuteOptions,
    ) => Effect.Effect<Executed, ExecuteError>
    /** The state of an item. */
    readonly item: (itemId: string) => Effect.Effect<ItemView, EventStoreFailure | UndecodableEvent>
    /** What `actor` may do now on an item, with the reasons for the rest. */
    readonly allowedActions: (
      actor: string,
      itemId: string,
    ) => Effect.Effect<ReadonlyArray<AllowedAction>, EventStoreFailure | UndecodableEvent | NoGovernanceModel>
    /** The programme's budget: available and committed by accords. */
    readonly budget: Effect.Effect<BudgetPosition, EventStoreFailure | UndecodableEvent | NoGovernanceModel>
    /** A new identifier with a prefix (`bv`, `besluit`, …). */
    readonly newId: (prefix: string) => Effect.Effect<string>
  }
>() {
  /** The service on the `EventStore`, `IdGenerator` and `Clock` in the context. */
  static readonly layer: Layer.Layer<Programme, never, EventStore | IdGenerator> = Layer.effect(
    Programme,
    Effect.gen(function* () {
      const store = yield* EventStore
      const ids = yield* IdGenerator
      const cache = yield* Ref.make<Option.Option<{ readonly version: number; readonly model: GovernanceModel }>>(
        Option.none(),
      )

      const decodeAll = <E>(
        events: ReadonlyArray<StoredEvent>,
        decode: (e: StoredEvent) => Either.Either<E, UndecodableEvent>,
      ): Effect.Effect<ReadonlyArray<E>, UndecodableEvent> =>
        Effect.forEach(events, (e) => Either.match(decode(e), { onLeft: Effect.fail, onRight: Effect.succeed }))

      const currentModel = Effect.gen(function* () {
        const version = yield* store.streamVersion(governanceStreamId)
        const cached = yield* Ref.get(cache)
        if (Option.isSome(cached) && cached.value.version === version) return Option.some(cached.value.model)
        const events = yield* store.readStream(governanceStreamId)
        const last = events.at(-1)
        if (last === undefined) return Option.none<GovernanceModel>()
        const adopted = yield* decodeAll([last], governanceEventCodec.fromStored)
        const model = adopted[0]!.model
        yield* Ref.set(cache, Option.some({ version, model }))
        return Option.some(model)
      })
      const model = Effect.flatMap(
        currentModel,
        Option.match({ onNone: () => Effect.fail(new NoGovernanceModel()), onSome: Effect.succeed }),
      )
      const now = Effect.map(Clock.currentTimeMillis, (ms) => timestampOf(new Date(ms)))

      const loadItem = (itemId: string) =>
        Effect.gen(function* () {
          const events = yield* store.readStream(itemStreamId(itemId))
          const decoded = yield* decodeAll(events, routeEventCodec.fromStored)
          return { state: fold(routeDecider, decoded), streamVersion: events.at(-1)?.version ?? 0 }
        })
      const loadBudget = (m: GovernanceModel) =>
        Effect.map(store.readStream(budgetLedgerStreamId), (ledger) => ({
          position: budgetPosition(m.programme.availableBudget, ledger),
          version: ledger.at(-1)?.version ?? 0,
        }))

      // A retried request returns what the first one stored, before any rule is applied again.
      const earlier = (options: ExecuteOptions) =>
        options.idempotencyKey === undefined
          ? Effect.succeed(Option.none<Executed>())
          : Effect.map(store.readByIdempotencyKey(options.idempotencyKey), (events) => {
              const last = events.at(-1)
              return last === undefined
                ? Option.none<Executed>()
                : Option.some<Executed>({ events, duplicate: true, streamVersion: last.version })
            })

      const routeOnce = (actor: string, command: RouteCommand, options: ExecuteOptions) =>
        Effect.gen(function* () {
          const replay = yield* earlier(options)
          if (Option.isSome(replay)) return replay.value
          const m = yield* model
          const { state, streamVersion } = yield* loadItem(command.itemId)
          if (options.expectedVersion !== undefined && options.expectedVersion !== streamVersion) {
            return yield* new StreamVersionConflict({
              streamId: itemStreamId(command.itemId),
              expectedVersion: options.expectedVersion,
              actualVersion: streamVersion,
            })
          }
          const budget = yield* loadBudget(m)
          const context: RouteContext = { actor, model: m, now: yield* now, budget: budget.position }
          const events = yield* Either.match(routeDecider.decide(command, state, context), {
            onLeft: (refused) => Effect.fail(refused),
            onRight: (events) => Effect.succeed(events as ReadonlyArray<RouteEvent>),
          })
          const writes: Array<StreamWrite> = [
            {
              streamId: itemStreamId(command.itemId),
              expectedVersion: streamVersion,
              events: events.map(routeEventCodec.toNewEvent),
            },
            ...ledgerWrites(events, budget.version),
          ]
          const result = yield* store.append(writes, metadataOf(actor, options))
          return { ...result, streamVersion: streamVersion + events.length }
        })

      return {
        model,
        adoptModel: (newModel, actor) =>
          Effect.gen(function* () {
            const current = yield* currentModel
            const at = yield* now
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
            return { ...result, streamVersion: version + 1 }
          }),
        route: (actor, command, options = {}) =>
          routeOnce(actor, command, options).pipe(
            // Without an expected version from the caller, a concurrent writer is no reason to fail:
            // decide again on the new state.
            Effect.retry({
              times: 3,
              while: (error) => error._tag === "StreamVersionConflict" && options.expectedVersion === undefined,
            }),
          ),
        item: (itemId) => Effect.map(loadItem(itemId), ({ state, streamVersion }) => ({ ...state, streamVersion })),
        allowedActions: (actor, itemId) =>
          Effect.gen(function* () {
            const m = yield* model
            const { state } = yield* loadItem(itemId)
            const budget = yield* loadBudget(m)
            return allowedActions(state, { actor, model: m, now: yield* now, budget: budget.position })
          }),
        budget: Effect.flatMap(model, (m) => Effect.map(loadBudget(m), (b) => b.position)),
        newId: (prefix) => ids.next(prefix),
      }
    }),
  )
}

const metadataOf = (actor: string, options: ExecuteOptions) => ({
  actor,
  ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
  ...(options.causationId === undefined ? {} : { causationId: options.causationId }),
  ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
})
