import { Clock, Context, Effect, Either, Layer, Option } from "effect"
import { type CalendarDate, dateOf, type Timestamp, timestampOf } from "../kernel/CalendarDate.js"
import { Refused, violation } from "../kernel/Refusal.js"
import type { DecisionContext } from "../kernel/Decider.js"
import type { EventCodec } from "../kernel/EventCodec.js"
import type { PolicyRead } from "../kernel/Policy.js"
import { governanceStreamId, versionsOf } from "../governance/adoption.js"
import { governanceRules } from "../governance/governanceRules.js"
import { type ModelVersion, versionOn } from "../governance/ModelVersion.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import {
  EventStore,
  type EventStoreShape,
  type StoredEvent,
  StreamVersionConflict,
  type StreamWrite,
} from "../ports/EventStore.js"
import { IdGenerator } from "../ports/IdGenerator.js"
import type { CommandSpec } from "./CommandSpec.js"
import { type ExecuteError, type ExecuteOptions, type Executed, NoGovernanceModel, type ReadError } from "./Executed.js"
import { decideWithPolicies, reactionsTo } from "./reactions.js"
import { signalWrite } from "./signalWrite.js"
import { actDateOf } from "./actDate.js"
import { signalledActOf } from "./signalledAct.js"
import { storedSignals } from "./storedSignals.js"

/** A stream's state and version, as read. @category application */
export interface Loaded<S> {
  readonly state: S
  readonly version: number
}

/**
 * What every application service of a programme stands on: the event store, the versions of the
 * rule book (an act is judged by the version in force on its date), the clock, identifiers, and the one way commands are
 * executed — replay of an idempotent retry, load, decide with the policies' checks, decide the
 * policies' reactions on their own aggregates, append all of it with the versions read, and a
 * fresh decision when another writer came first.
 * @category application
 */
export class ProgrammeRuntime extends Context.Tag("@weerbaar/core/ProgrammeRuntime")<
  ProgrammeRuntime,
  {
    readonly store: EventStoreShape
    /** The version of the rule book in force today. */
    readonly model: Effect.Effect<GovernanceModel, NoGovernanceModel | ReadError>
    /** The version of the rule book in force on `date`: the one that judges an act of that date. */
    readonly modelOn: (date: CalendarDate) => Effect.Effect<GovernanceModel, NoGovernanceModel | ReadError>
    /** Every version of the rule book, in the order adopted. */
    readonly versions: Effect.Effect<ReadonlyArray<ModelVersion>, ReadError>
    readonly currentModel: Effect.Effect<Option.Option<GovernanceModel>, ReadError>
    readonly now: Effect.Effect<Timestamp>
    readonly newId: (prefix: string) => Effect.Effect<string>
    readonly load: <E extends { readonly _tag: string }, S>(
      streamId: string,
      decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
      codec: EventCodec<E>,
    ) => Effect.Effect<Loaded<S>, ReadError>
    readonly execute: <C, E extends { readonly _tag: string }, S, X extends DecisionContext>(
      spec: CommandSpec<C, E, S, X>,
    ) => Effect.Effect<Executed<S>, ExecuteError>
  }
>() {
  /** The runtime on the `EventStore` and `IdGenerator` in the context (and Effect's `Clock`). */
  static readonly layer: Layer.Layer<ProgrammeRuntime, never, EventStore | IdGenerator> = Layer.effect(
    ProgrammeRuntime,
    Effect.gen(function* () {
      const store = yield* EventStore
      const ids = yield* IdGenerator
      // The versions of the rule book, kept with the version of their stream: every command holds it.
      let known: Versions | undefined

      const readVersions = (version: number) =>
        Effect.flatMap(store.readStream(governanceStreamId), (events) =>
          Either.match(versionsOf(events), {
            onLeft: (e) => Effect.fail(e),
            onRight: (versions) => {
              known = { streamVersion: version, versions }
              return Effect.succeed(known)
            },
          }),
        )
      const allVersions = Effect.flatMap(store.streamVersion(governanceStreamId), (version) =>
        known !== undefined && known.streamVersion === version ? Effect.succeed(known) : readVersions(version),
      )
      const now = Effect.map(Clock.currentTimeMillis, (ms) => timestampOf(new Date(ms)))
      const modelOn = (date: CalendarDate) =>
        Effect.flatMap(allVersions, ({ versions }) => {
          const v = versionOn(versions, date)
          return v === undefined ? Effect.fail(new NoGovernanceModel()) : Effect.succeed(v.model)
        })
      const currentModel = Effect.flatMap(now, (at) =>
        Effect.map(allVersions, ({ versions }) => Option.fromNullable(versionOn(versions, dateOf(at))?.model)),
      )
      const model = Effect.flatMap(now, (at) => modelOn(dateOf(at)))

      const load = <E extends { readonly _tag: string }, S>(
        streamId: string,
        decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
        codec: EventCodec<E>,
      ): Effect.Effect<Loaded<S>, ReadError> =>
        Effect.flatMap(store.readStream(streamId), (events) => {
          let state = decider.initialState
          for (const stored of events) {
            const event = codec.fromStored(stored)
            if (Either.isLeft(event)) return Effect.fail(event.left)
            state = decider.evolve(state, event.right)
          }
          return Effect.succeed({ state, version: events.at(-1)?.version ?? 0 })
        })

      // A retried request returns what the first one stored, and the stream as it stands now,
      // before any rule is applied again.
      const earlier = <C, E extends { readonly _tag: string }, S, X extends DecisionContext>(
        spec: CommandSpec<C, E, S, X>,
      ) =>
        spec.options?.idempotencyKey === undefined
          ? Effect.succeed(Option.none<Executed<S>>())
          : Effect.flatMap(store.readByIdempotencyKey(spec.options.idempotencyKey), (events) =>
              events.length === 0
                ? Effect.succeed(Option.none<Executed<S>>())
                : Effect.map(load(spec.streamId, spec.decider, spec.codec), ({ state }) =>
                    Option.some<Executed<S>>({
                      events,
                      signals: storedSignals(events),
                      duplicate: true,
                      streamVersion: versionOfStreamIn(events, spec.streamId, events.at(-1)!.version),
                      state,
                    }),
                  ),
            )

      const loadAll = (reads: ReadonlyArray<PolicyRead>, into: Map<string, Loaded<unknown>>) =>
        Effect.forEach(
          reads.filter((r, i) => !into.has(r.streamId) && reads.findIndex((o) => o.streamId === r.streamId) === i),
          (r) => Effect.map(load(r.streamId, r.aggregate.decider, r.aggregate.codec), (l) => into.set(r.streamId, l)),
          { discard: true },
        )

      const executeOnce = <C, E extends { readonly _tag: string }, S, X extends DecisionContext>(
        spec: CommandSpec<C, E, S, X>,
      ): Effect.Effect<Executed<S>, ExecuteError> =>
        Effect.gen(function* () {
          const replay = yield* earlier(spec)
          if (Option.isSome(replay)) return replay.value
          const rules = yield* allVersions
          const at = yield* now
          const actDate = actDateOf(spec.command, at)
          const m = versionOn(rules.versions, actDate)
          if (m === undefined) return yield* new NoGovernanceModel()
          const { state, version } = yield* load(spec.streamId, spec.decider, spec.codec)
          const expected = spec.options?.expectedVersion
          if (expected !== undefined && expected !== version) {
            return yield* new StreamVersionConflict({
              streamId: spec.streamId,
              expectedVersion: expected,
              actualVersion: version,
            })
          }
          if (!m.decided && spec.duringConcept?.(spec.command, state) !== true) {
            return yield* new Refused({
              command: commandName(spec.command),
              violations: [violation(governanceRules.planNotDecided, { date: actDate })],
            })
          }
          const base: DecisionContext = { actor: spec.actor, model: m.model, now: at }
          const context = spec.reads === undefined ? (base as X) : yield* spec.reads(base)
          const policies = spec.policies ?? []
          const read = new Map<string, Loaded<unknown>>()
          yield* loadAll(
            policies.flatMap((p) => p.reads(spec.command, state)),
            read,
          )
          // Reaction targets are known only after deciding: read what the policies read, decide, then
          // read the targets not read yet and decide again with every state (deciding is pure and cheap).
          const decideOn = () =>
            decideWithPolicies(
              spec.decider,
              policies,
              spec.command,
              state,
              context,
              new Map([...read].map(([id, l]) => [id, l.state])),
            )
          let decided = decideOn()
          // A reaction decided on a target not read yet may have been refused for that alone: the
          // targets come from the command's own events, whether or not the whole was refused.
          const own = Either.isRight(decided) ? decided : spec.decider.decide(spec.command, state, context)
          if (Either.isRight(own)) {
            const targets = reactionsTo(policies, spec.decider, spec.command, state, own.right.events, base).reactions
            if (targets.some((t) => !read.has(t.streamId))) {
              yield* loadAll(targets, read)
              decided = decideOn()
            }
          }
          if (Either.isLeft(decided)) return yield* Effect.fail(decided.left)
          const { events, after, reacted, signals } = decided.right
          const writes: Array<StreamWrite> = [
            { streamId: spec.streamId, expectedVersion: version, events: events.map(spec.codec.toNewEvent) },
          ]
          for (const [streamId, { aggregate, events: more }] of reacted) {
            writes.push({
              streamId,
              expectedVersion: read.get(streamId)?.version ?? 0,
              events: more.map((e) => aggregate.codec.toNewEvent(e)),
            })
          }
          if (writes.every((w) => w.events.length === 0)) {
            return { events: [], signals, duplicate: false, streamVersion: version, state: after, model: m.model }
          }
          const signalled = signalWrite(writes, signals, spec.actor, base.now, signalledActOf(spec.command))
          if (signalled !== undefined) writes.push(signalled)
          // What the command was checked against is held at the version read: a change by another
          // writer meanwhile fails the append, and the command is decided again.
          const held = [...read]
            .filter(([id]) => !writes.some((w) => w.streamId === id))
            .map(([streamId, l]) => ({ streamId, expectedVersion: l.version, events: [] }))
          if (!writes.some((w) => w.streamId === governanceStreamId)) {
            held.push({ streamId: governanceStreamId, expectedVersion: rules.streamVersion, events: [] })
          }
          const result = yield* store.append([...writes, ...held], metadataOf(spec.actor, spec.options ?? {}))
          if (result.duplicate) {
            const now = yield* load(spec.streamId, spec.decider, spec.codec)
            return {
              events: result.events,
              signals: storedSignals(result.events),
              duplicate: true,
              streamVersion: versionOfStreamIn(result.events, spec.streamId, now.version),
              state: now.state,
            }
          }
          return {
            events: result.events,
            signals,
            duplicate: false,
            streamVersion: version + events.length,
            state: after,
            model: m.model,
          }
        })

      return {
        store,
        model,
        modelOn,
        versions: Effect.map(allVersions, (v) => v.versions),
        currentModel,
        now,
        newId: (prefix: string) => ids.next(prefix),
        load,
        execute: <C, E extends { readonly _tag: string }, S, X extends DecisionContext>(
          spec: CommandSpec<C, E, S, X>,
        ) => {
          // Another writer coming first is no reason to fail, unless it changed the stream the caller
          // expected a version of: decide again on the new state, up to three times.
          const attempt = (retriesLeft: number): Effect.Effect<Executed<S>, ExecuteError> =>
            Effect.catchIf(
              executeOnce(spec),
              (error) =>
                retriesLeft > 0 &&
                error._tag === "StreamVersionConflict" &&
                (error.streamId !== spec.streamId || spec.options?.expectedVersion === undefined),
              () => attempt(retriesLeft - 1),
            )
          return attempt(3)
        },
      }
    }),
  )
}

interface Versions {
  readonly streamVersion: number
  readonly versions: ReadonlyArray<ModelVersion>
}

const commandName = (command: unknown): string =>
  typeof command === "object" && command !== null && "_tag" in command ? String(command._tag) : "command"

// A command can append to more streams than its own (a budget ledger, a practice): the version it
// answers with is its own stream's.
const versionOfStreamIn = (events: ReadonlyArray<StoredEvent>, streamId: string, otherwise: number): number =>
  events.filter((e) => e.streamId === streamId).at(-1)?.version ?? otherwise

const metadataOf = (actor: string, options: ExecuteOptions) => ({
  actor,
  ...(options.correlationId === undefined ? {} : { correlationId: options.correlationId }),
  ...(options.causationId === undefined ? {} : { causationId: options.causationId }),
  ...(options.idempotencyKey === undefined ? {} : { idempotencyKey: options.idempotencyKey }),
})
