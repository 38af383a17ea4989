import { Clock, Context, Effect, Either, Layer, Option, Schema } from "effect"
import { type Timestamp, timestampOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import type { EventCodec, UndecodableEvent } from "../kernel/EventCodec.js"
import type { Refused } from "../kernel/Refusal.js"
import { governanceEventCodec, governanceStreamId } from "../governance/adoption.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import {
  EventStore,
  type EventStoreFailure,
  type EventStoreShape,
  type StoredEvent,
  StreamVersionConflict,
  type StreamWrite,
} from "../ports/EventStore.js"
import { IdGenerator } from "../ports/IdGenerator.js"

/** The store holds no governance model yet: adopt one first (`weerbaar init`). @category application */
export class NoGovernanceModel extends Schema.TaggedError<NoGovernanceModel>()("NoGovernanceModel", {}) {
  override get message(): string {
    return "the store holds no governance model yet: adopt one first"
  }
}

/**
 * How a command is executed: an idempotency key makes a retry harmless; an expected stream
 * version (from an ETag) makes a stale command fail instead of being decided on newer state;
 * correlation and causation ids tie commands together; `holds` names other streams the caller
 * checked the command against, at the versions it read them.
 * @category application
 */
export interface ExecuteOptions {
  readonly idempotencyKey?: string
  readonly expectedVersion?: number
  readonly correlationId?: string
  readonly causationId?: string
  /**
   * Streams the caller read to allow the command (an access token's, say), at the versions read:
   * the append holds them, so the command fails with a `StreamVersionConflict` naming the stream,
   * and stores nothing, when one of them changed meanwhile. It is not decided again.
   */
  readonly holds?: ReadonlyArray<{ readonly streamId: string; readonly version: number }>
}

/** What an executed command stored. @category application */
export interface Executed {
  readonly events: ReadonlyArray<StoredEvent>
  readonly duplicate: boolean
  /** The version of the command's stream after the command. */
  readonly streamVersion: number
  /**
   * The governance model the command was decided on, in force when it was stored; absent for a
   * replay of an idempotent retry and where no model was needed.
   */
  readonly model?: GovernanceModel
}

/** Every way executing a command can fail. @category application */
export type ExecuteError = Refused | StreamVersionConflict | EventStoreFailure | NoGovernanceModel | UndecodableEvent

/** Reading a stream or the model can fail so. @category application */
export type ReadError = EventStoreFailure | UndecodableEvent

/**
 * How to execute one command with a decider: its stream, the decider and codec, and how to build
 * the decider's context (with extra reads) and any writes to other streams that must be appended
 * in the same transaction (a budget ledger, a catalogue).
 * @category application
 */
export interface CommandSpec<C, E extends { readonly _tag: string }, S, X> {
  readonly streamId: string
  readonly decider: Decider<C, E, S, X>
  readonly codec: EventCodec<E>
  readonly command: C
  readonly actor: string
  readonly options?: ExecuteOptions
  /**
   * The stream's state as the caller read it, at its version. When the options expect that version,
   * the command is decided on it without reading the stream again; the append holds the version, so
   * a change since fails with a `StreamVersionConflict` instead of being decided on an old state.
   */
  readonly known?: { readonly state: S; readonly version: number }
  readonly context: (
    state: S,
    base: DecisionContext,
  ) => Effect.Effect<
    { readonly context: X; readonly extraWrites?: (events: ReadonlyArray<E>) => ReadonlyArray<StreamWrite> },
    ExecuteError
  >
}

/**
 * What every application service of a programme stands on: the event store, the governance model
 * in force (cached per version of its stream), the clock, identifiers, and the one way commands
 * are executed — replay of an idempotent retry, load, decide, append with the expected version,
 * and a fresh decision when another writer came first.
 * @category application
 */
export class ProgrammeRuntime extends Context.Tag("@weerbaar/core/ProgrammeRuntime")<
  ProgrammeRuntime,
  {
    readonly store: EventStoreShape
    readonly model: Effect.Effect<GovernanceModel, NoGovernanceModel | ReadError>
    readonly currentModel: Effect.Effect<Option.Option<GovernanceModel>, ReadError>
    readonly now: Effect.Effect<Timestamp>
    readonly newId: (prefix: string) => Effect.Effect<string>
    readonly load: <E extends { readonly _tag: string }, S>(
      streamId: string,
      decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
      codec: EventCodec<E>,
    ) => Effect.Effect<{ readonly state: S; readonly version: number }, ReadError>
    readonly execute: <C, E extends { readonly _tag: string }, S, X>(
      spec: CommandSpec<C, E, S, X>,
    ) => Effect.Effect<Executed, ExecuteError>
  }
>() {
  /** The runtime on the `EventStore`, `IdGenerator` and `Clock` in the context. */
  static readonly layer: Layer.Layer<ProgrammeRuntime, never, EventStore | IdGenerator> = Layer.effect(
    ProgrammeRuntime,
    Effect.gen(function* () {
      const store = yield* EventStore
      const ids = yield* IdGenerator
      // The model in force, kept with the version of its stream: every command checks that version.
      let cached: { readonly version: number; readonly model: GovernanceModel } | undefined
      const decode = <E>(stored: StoredEvent, codec: EventCodec<E & { readonly _tag: string }>) =>
        Either.match(codec.fromStored(stored), { onLeft: Effect.fail, onRight: Effect.succeed })

      const currentModel: Effect.Effect<Option.Option<GovernanceModel>, ReadError> = Effect.flatMap(
        store.streamVersion(governanceStreamId),
        (version) => {
          if (cached !== undefined && cached.version === version) return Effect.succeed(Option.some(cached.model))
          return Effect.gen(function* () {
            const last = (yield* store.readStream(governanceStreamId)).at(-1)
            if (last === undefined) return Option.none<GovernanceModel>()
            const model = (yield* decode(last, governanceEventCodec)).model
            cached = { version, model }
            return Option.some(model)
          })
        },
      )
      const model = Effect.flatMap(currentModel, (current) =>
        Option.isSome(current) ? Effect.succeed(current.value) : Effect.fail(new NoGovernanceModel()),
      )
      const now = Effect.map(Clock.currentTimeMillis, (ms) => timestampOf(new Date(ms)))

      const load = <E extends { readonly _tag: string }, S>(
        streamId: string,
        decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
        codec: EventCodec<E>,
      ) =>
        Effect.flatMap(store.readStream(streamId), (events) => {
          let state = decider.initialState
          for (const stored of events) {
            const event = codec.fromStored(stored)
            if (Either.isLeft(event)) return Effect.fail(event.left)
            state = decider.evolve(state, event.right)
          }
          return Effect.succeed({ state, version: events.at(-1)?.version ?? 0 })
        })

      // A retried request returns what the first one stored, before any rule is applied again.
      const earlier = (options: ExecuteOptions, streamId: string) =>
        options.idempotencyKey === undefined
          ? Effect.succeed(Option.none<Executed>())
          : Effect.map(store.readByIdempotencyKey(options.idempotencyKey), (events) =>
              events.length === 0
                ? Option.none<Executed>()
                : Option.some<Executed>({
                    events,
                    duplicate: true,
                    streamVersion: versionOfStreamIn(events, streamId, events.at(-1)!.version),
                  }),
            )

      const executeOnce = <C, E extends { readonly _tag: string }, S, X>(spec: CommandSpec<C, E, S, X>) =>
        Effect.gen(function* () {
          const options = spec.options ?? {}
          const replay = yield* earlier(options, spec.streamId)
          if (Option.isSome(replay)) return replay.value
          // Decided on the model last seen in force, without reading its version again: the append
          // below holds it to that version, and a changed model means deciding again.
          const inForce =
            cached ??
            (yield* Effect.zipRight(
              model,
              Effect.sync(() => cached!),
            ))
          const m = inForce.model
          // A stream the caller expects to be new (version 0, such as an item under an id just made) is
          // not read: the append holds it at version 0 instead.
          const assumedNew = options.expectedVersion === 0
          const { state, version } = assumedNew
            ? { state: spec.decider.initialState, version: 0 }
            : spec.known !== undefined && spec.known.version === options.expectedVersion
              ? spec.known
              : yield* load(spec.streamId, spec.decider, spec.codec)
          if (options.expectedVersion !== undefined && options.expectedVersion !== version) {
            return yield* new StreamVersionConflict({
              streamId: spec.streamId,
              expectedVersion: options.expectedVersion,
              actualVersion: version,
            })
          }
          const base: DecisionContext = { actor: spec.actor, model: m, now: yield* now }
          const decided = Effect.gen(function* () {
            const { context, extraWrites } = yield* spec.context(state, base)
            const events = yield* Either.match(spec.decider.decide(spec.command, state, context), {
              onLeft: (refused) => Effect.fail(refused),
              onRight: (events) => Effect.succeed(events),
            })
            return { events, extraWrites }
          })
          // A refusal of a command on a stream assumed new holds only if the stream is new indeed.
          const { events, extraWrites } = yield* assumedNew
            ? Effect.catchTag(decided, "Refused", (refused) =>
                Effect.flatMap(
                  store.streamVersion(spec.streamId),
                  (actualVersion): Effect.Effect<never, ExecuteError> =>
                    actualVersion === 0
                      ? Effect.fail(refused)
                      : Effect.fail(
                          new StreamVersionConflict({ streamId: spec.streamId, expectedVersion: 0, actualVersion }),
                        ),
                ),
              )
            : decided
          const writes: Array<StreamWrite> = [
            { streamId: spec.streamId, expectedVersion: version, events: events.map(spec.codec.toNewEvent) },
            ...(extraWrites?.(events) ?? []),
          ].filter((w) => w.events.length > 0 || (assumedNew && w.streamId === spec.streamId))
          if (writes.length === 0) return { events: [], duplicate: false, streamVersion: version, model: m }
          const modelHeld = writes.some((w) => w.streamId === governanceStreamId)
            ? []
            : [{ streamId: governanceStreamId, expectedVersion: inForce.version, events: [] }]
          const checked = [...writes, ...modelHeld]
          const callerHeld: Array<StreamWrite> = []
          for (const held of options.holds ?? []) {
            const other = checked.find((w) => w.streamId === held.streamId)
            if (other === undefined)
              callerHeld.push({ streamId: held.streamId, expectedVersion: held.version, events: [] })
            else if (other.expectedVersion !== held.version) {
              return yield* new StreamVersionConflict({
                streamId: held.streamId,
                expectedVersion: held.version,
                actualVersion: other.expectedVersion,
              })
            }
          }
          const result = yield* store.append([...checked, ...callerHeld], metadataOf(spec.actor, options))
          return result.duplicate
            ? Object.assign({}, result, { streamVersion: versionOfStreamIn(result.events, spec.streamId, version) })
            : Object.assign({}, result, { streamVersion: version + events.length, model: m })
        })

      return {
        store,
        model,
        currentModel,
        now,
        newId: (prefix: string) => ids.next(prefix),
        load,
        execute: (spec) => {
          // Another writer coming first is no reason to fail, unless it changed what the caller
          // expected or held: decide again on the new state, up to three times.
          const retried = (retriesLeft: number): Effect.Effect<Executed, ExecuteError> =>
            Effect.catchIf(
              executeOnce(spec),
              // The caller's expected version and holds are its own to fail on; a change by another
              // writer to any other stream (the model, a budget ledger, a catalogue) is decided again.
              (error) =>
                retriesLeft > 0 &&
                error._tag === "StreamVersionConflict" &&
                !(spec.options?.holds ?? []).some((h) => h.streamId === error.streamId) &&
                (error.streamId !== spec.streamId || spec.options?.expectedVersion === undefined),
              () =>
                Effect.suspend(() => {
                  cached = undefined
                  return retried(retriesLeft - 1)
                }),
            )
          return retried(3)
        },
      }
    }),
  )
}

// A command can append to more streams than its own (a budget ledger, a catalogue): the version
// it answers with is its own stream's.
const versionOfStreamIn = (events: ReadonlyArray<StoredEvent>, streamId: string, otherwise: number): number =>
  events.filter((e) => e.streamId === streamId).at(-1)?.version ?? otherwise

const metadataOf = (actor: string, options: ExecuteOptions) => ({
  actor,
  ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
  ...(options.causationId === undefined ? {} : { causationId: options.causationId }),
  ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
})
