import { Clock, Context, Effect, Layer, Option, Ref } from "effect"
import { timestampOf } from "../kernel/CalendarDate.js"
import {
  type AppendResult,
  EventStore,
  type EventStoreShape,
  type StoredEvent,
  StreamVersionConflict,
} from "../ports/EventStore.js"
import { chainHash, genesisHash, storedMetadata, verifyChain } from "../ports/hashChain.js"
import {
  type AnyReadModel,
  projectInto,
  queryRows,
  ReadModelStore,
  readModelNotKept,
  type ReadModelStoreShape,
} from "../ports/ReadModel.js"

interface Log {
  readonly events: ReadonlyArray<StoredEvent>
  readonly versions: ReadonlyMap<string, number>
  readonly byIdempotencyKey: ReadonlyMap<string, ReadonlyArray<StoredEvent>>
}

const emptyLog: Log = { events: [], versions: new Map(), byIdempotencyKey: new Map() }

/**
 * An event store in memory, with the same semantics as a durable one: optimistic concurrency per
 * stream, atomic appends over several streams, idempotency keys and the hash chain.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const store = yield* EventStore
 *   return yield* store.lastPosition
 * }).pipe(Effect.provide(InMemoryEventStore.layer))
 * ```
 * @category event store
 */
export const makeInMemoryEventStore = (
  initial: ReadonlyArray<StoredEvent> = [],
  readModels: ReadonlyArray<AnyReadModel> = [],
): Effect.Effect<EventStoreShape & ReadModelStoreShape> =>
  Effect.gen(function* () {
    const rows = new Map<string, Map<string, unknown>>()
    projectInto(rows, readModels, initial)
    // As the SQLite store: asking for a model the store does not keep is a mistake in the set-up,
    // not an empty answer.
    const kept = new Set(readModels.map((m) => m.name))
    const checkKept = (model: AnyReadModel, operation: string) =>
      kept.has(model?.name) ? Effect.void : Effect.fail(readModelNotKept(model, operation))
    const log = yield* Ref.make<Log>(
      initial.reduce<Log>(
        (acc, e) => ({
          events: [...acc.events, e],
          versions: new Map(acc.versions).set(e.streamId, e.version),
          byIdempotencyKey:
            e.metadata.idempotencyKey === undefined
              ? acc.byIdempotencyKey
              : new Map(acc.byIdempotencyKey).set(e.metadata.idempotencyKey, [
                  ...(acc.byIdempotencyKey.get(e.metadata.idempotencyKey) ?? []),
                  e,
                ]),
        }),
        emptyLog,
      ),
    )
    const append: EventStoreShape["append"] = (writes, metadata) =>
      Effect.gen(function* () {
        const now = timestampOf(new Date(yield* Clock.currentTimeMillis))
        const current = yield* Ref.get(log)
        if (metadata.idempotencyKey !== undefined) {
          const earlier = current.byIdempotencyKey.get(metadata.idempotencyKey)
          if (earlier !== undefined) return { events: earlier, duplicate: true } satisfies AppendResult
        }
        for (const write of writes) {
          const actual = current.versions.get(write.streamId) ?? 0
          if (actual !== write.expectedVersion) {
            return yield* new StreamVersionConflict({
              streamId: write.streamId,
              expectedVersion: write.expectedVersion,
              actualVersion: actual,
            })
          }
        }
        const versions = new Map(current.versions)
        const stored: Array<StoredEvent> = []
        let previous = current.events.at(-1)?.hash ?? genesisHash
        let position = current.events.length
        for (const write of writes) {
          let version = versions.get(write.streamId) ?? 0
          for (const event of write.events) {
            const unhashed = {
              position: ++position,
              streamId: write.streamId,
              version: ++version,
              type: event.type,
              schemaVersion: event.schemaVersion,
              payload: event.payload,
              metadata: storedMetadata(metadata),
              recordedAt: now,
            }
            const hash = chainHash(previous, unhashed)
            const storedEvent = { ...unhashed, hash }
            stored.push(storedEvent)
            previous = hash
          }
          versions.set(write.streamId, version)
        }
        const byIdempotencyKey =
          metadata.idempotencyKey === undefined
            ? current.byIdempotencyKey
            : new Map(current.byIdempotencyKey).set(metadata.idempotencyKey, stored)
        yield* Ref.set(log, { events: [...current.events, ...stored], versions, byIdempotencyKey })
        projectInto(rows, readModels, stored)
        return { events: stored, duplicate: false } satisfies AppendResult
      })
    return {
      append,
      readStream: (streamId) => Ref.get(log).pipe(Effect.map((l) => l.events.filter((e) => e.streamId === streamId))),
      readAll: (options = {}) =>
        Ref.get(log).pipe(
          Effect.map((l) => {
            const after = l.events.slice(options.after ?? 0)
            const prefix = options.streamPrefix ?? ""
            const matching = prefix === "" ? after : after.filter((e) => e.streamId.startsWith(prefix))
            return options.limit === undefined ? matching : matching.slice(0, options.limit)
          }),
        ),
      readByIdempotencyKey: (key) => Ref.get(log).pipe(Effect.map((l) => l.byIdempotencyKey.get(key) ?? [])),
      streamVersion: (streamId) => Ref.get(log).pipe(Effect.map((l) => l.versions.get(streamId) ?? 0)),
      lastPosition: Ref.get(log).pipe(Effect.map((l) => l.events.length)),
      verify: Ref.get(log).pipe(Effect.map((l) => verifyChain(l.events))),
      // The rows are read when the effect runs, not when it is made.
      query: (model, query) =>
        Effect.zipRight(
          checkKept(model, "query"),
          Effect.sync(() => queryRows(rows.get(model.name), query) as never),
        ),
      get: (model, key) =>
        Effect.zipRight(
          checkKept(model, "get"),
          Effect.sync(() => Option.fromNullable(rows.get(model.name)?.get(key) as never)),
        ),
      rebuild: Ref.get(log).pipe(
        Effect.map((l) => {
          rows.clear()
          projectInto(rows, readModels, l.events)
        }),
      ),
    }
  })

const layers = (events: ReadonlyArray<StoredEvent>, readModels: ReadonlyArray<AnyReadModel>) =>
  Layer.effectContext(
    Effect.map(makeInMemoryEventStore(events, readModels), (store) =>
      Context.make(EventStore, store).pipe(Context.add(ReadModelStore, store)),
    ),
  )

/** Layers of the in-memory event store and its read models. @category event store */
export const InMemoryEventStore = {
  /** A fresh, empty store without read models. */
  layer: layers([], []) as Layer.Layer<EventStore | ReadModelStore>,
  /** A fresh store that keeps the given read models. */
  withReadModels: (readModels: ReadonlyArray<AnyReadModel>): Layer.Layer<EventStore | ReadModelStore> =>
    layers([], readModels),
  /** A store that starts with events exported from another store. */
  from: (
    events: ReadonlyArray<StoredEvent>,
    readModels: ReadonlyArray<AnyReadModel> = [],
  ): Layer.Layer<EventStore | ReadModelStore> => layers(events, readModels),
}
