import type { Connection } from "./Connection.js"
import type { SqlError } from "@effect/sql/SqlError"
import { type AnyReadModel, EventStoreFailure, type StoredEvent } from "@weerbaar/core"
import { Effect } from "effect"
import { chunksOf, placeholders } from "./sqlText.js"

type Row = Record<string, unknown>

/** The rows a projection run has read or written, by model and key; `null` is a row known absent. */
type RowCache = Map<string, Map<string, Row | null>>

const dirtyByCache = new WeakMap<RowCache, Map<string, Set<string>>>()

/** The keys of `model` a projection run changed and has not stored yet. */
const dirtyKeys = (cache: RowCache, model: AnyReadModel): Set<string> => {
  const byModel = dirtyByCache.get(cache) ?? new Map<string, Set<string>>()
  dirtyByCache.set(cache, byModel)
  const keys = byModel.get(model.name) ?? new Set<string>()
  byModel.set(model.name, keys)
  return keys
}

const failure = (operation: string, reason: string) => new EventStoreFailure({ operation, reason })

const modelFailure = (model: AnyReadModel, event: StoredEvent, cause: unknown) =>
  failure(
    "project",
    `read model '${model.name}' failed on event ${event.position} (${event.type}): ${cause instanceof Error ? cause.message : String(cause)}`,
  )

/**
 * Keeps read models in the generic tables `read_model_state` and `read_model_rows`. Every method
 * runs inside the caller's write transaction.
 */
export const makeReadModelTables = (sql: Connection, models: ReadonlyArray<AnyReadModel>) => {
  const loadRows = (model: AnyReadModel, keys: ReadonlyArray<string>, cache: Map<string, Row | null>) =>
    Effect.forEach(
      chunksOf(keys, 500),
      (chunk) =>
        Effect.flatMap(
          sql.unsafe<{ key: string; row: string }>(
            `SELECT key, row FROM read_model_rows WHERE model = ? AND key IN (${placeholders(chunk.length)})`,
            [model.name, ...chunk],
          ),
          (rows) =>
            Effect.try({
              try: () => {
                for (const key of chunk) cache.set(key, null)
                for (const { key, row } of rows) cache.set(key, JSON.parse(row) as Row)
              },
              catch: () => failure("project", `a stored row of read model '${model.name}' is damaged: rebuild it`),
            }),
        ),
      { discard: true },
    )

  const writeRows = (model: AnyReadModel, cache: Map<string, Row | null>, dirty: ReadonlySet<string>) =>
    Effect.gen(function* () {
      const upserts: Array<string> = []
      const deletes: Array<string> = []
      for (const key of dirty) {
        const row = cache.get(key)
        if (row === null || row === undefined) deletes.push(key)
        else {
          const text = JSON.stringify(row)
          if (typeof text !== "string") {
            return yield* failure("project", `read model '${model.name}' gave row '${key}' that is not JSON`)
          }
          upserts.push(model.name, key, text)
        }
      }
      for (const chunk of chunksOf(upserts, 3 * 300)) {
        yield* sql.unsafe(
          `INSERT INTO read_model_rows (model, key, row) VALUES ${placeholders(chunk.length / 3, "(?, ?, ?)")}
           ON CONFLICT (model, key) DO UPDATE SET row = excluded.row`,
          chunk,
        )
      }
      for (const chunk of chunksOf(deletes, 500)) {
        yield* sql.unsafe(`DELETE FROM read_model_rows WHERE model = ? AND key IN (${placeholders(chunk.length)})`, [
          model.name,
          ...chunk,
        ])
      }
    })

  /**
   * Applies `events` to one model with core's `projectInto` semantics: fetch the rows `keysOf`
   * names, hand them to `apply`, store its changes. `fresh` says the model has no rows yet.
   */
  const projectModel = (
    model: AnyReadModel,
    events: ReadonlyArray<StoredEvent>,
    cache: RowCache,
    fresh: boolean,
  ): Effect.Effect<void, EventStoreFailure | SqlError> =>
    Effect.gen(function* () {
      const rows = cache.get(model.name) ?? new Map<string, Row | null>()
      cache.set(model.name, rows)
      const dirty = dirtyKeys(cache, model)
      const keysByEvent: Array<ReadonlyArray<string>> = []
      const missing = new Set<string>()
      for (const event of events) {
        const keys = yield* Effect.try({ try: () => model.keysOf(event), catch: (e) => modelFailure(model, event, e) })
        keysByEvent.push(keys)
        for (const key of keys) if (!rows.has(key)) missing.add(key)
      }
      if (fresh) for (const key of missing) rows.set(key, null)
      else if (missing.size > 0) yield* loadRows(model, [...missing], rows)
      for (const [index, event] of events.entries()) {
        const keys = keysByEvent[index]!
        if (keys.length === 0) continue
        const current = new Map<string, Row>()
        for (const key of keys) {
          const row = rows.get(key)
          if (row !== null && row !== undefined) current.set(key, row)
        }
        const changes = yield* Effect.try({
          try: () => model.apply(event, current),
          catch: (e) => modelFailure(model, event, e),
        })
        for (const change of changes) {
          rows.set(change.key, change.row)
          dirty.add(change.key)
        }
      }
    })

  /** Stores the rows a projection run changed, once at its end. */
  const flush = (cache: RowCache) =>
    Effect.forEach(
      models.filter((m) => cache.has(m.name)),
      (model) => writeRows(model, cache.get(model.name)!, dirtyKeys(cache, model)),
      { discard: true },
    )

  const setCheckpoint = (names: ReadonlyArray<string>, position: number) =>
    names.length === 0
      ? Effect.void
      : sql.unsafe(`UPDATE read_model_state SET checkpoint = ? WHERE model IN (${placeholders(names.length)})`, [
          position,
          ...names,
        ])

  const checkpoints = Effect.map(
    sql.unsafe<{ model: string; version: number; checkpoint: number }>(
      "SELECT model, version, checkpoint FROM read_model_state",
    ),
    (rows) => new Map(rows.map((r) => [r.model, r])),
  )

  /**
   * Projects the log after each model's checkpoint, a page at a time, up to `head`.
   * `fresh` names the models that have no rows yet.
   */
  const catchUp = (
    readPage: (after: number, limit: number) => Effect.Effect<ReadonlyArray<StoredEvent>, EventStoreFailure | SqlError>,
    head: number,
    fresh: ReadonlySet<string> = new Set(),
  ) =>
    Effect.gen(function* () {
      const state = yield* checkpoints
      const behind = models.filter((m) => (state.get(m.name)?.checkpoint ?? 0) < head)
      if (behind.length === 0) return
      const cache: RowCache = new Map()
      let after = Math.min(...behind.map((m) => state.get(m.name)?.checkpoint ?? 0))
      while (after < head) {
        const page = yield* readPage(after, 2000)
        if (page.length === 0) break
        for (const model of behind) {
          const from = state.get(model.name)?.checkpoint ?? 0
          const events = page.filter((e) => e.position > from && e.position <= head)
          if (events.length > 0) yield* projectModel(model, events, cache, fresh.has(model.name))
        }
        after = page.at(-1)!.position
      }
      yield* flush(cache)
      yield* setCheckpoint(
        behind.map((m) => m.name),
        head,
      )
    })

  return {
    models,
    /** Whether any kept model is behind `head`. */
    isBehind: (head: number) =>
      Effect.map(checkpoints, (state) => models.some((m) => (state.get(m.name)?.checkpoint ?? 0) < head)),
    /** Registers new models and empties those whose version changed; returns the ones to project from scratch. */
    register: Effect.gen(function* () {
      const state = yield* checkpoints
      const fresh = new Set<string>()
      for (const model of models) {
        const known = state.get(model.name)
        if (known === undefined) {
          yield* sql.unsafe("INSERT INTO read_model_state (model, version, checkpoint) VALUES (?, ?, 0)", [
            model.name,
            model.version,
          ])
        } else if (known.version !== model.version || known.checkpoint === 0) {
          yield* sql.unsafe("DELETE FROM read_model_rows WHERE model = ?", [model.name])
          yield* sql.unsafe("UPDATE read_model_state SET version = ?, checkpoint = 0 WHERE model = ?", [
            model.version,
            model.name,
          ])
        } else continue
        fresh.add(model.name)
      }
      return fresh as ReadonlySet<string>
    }),
    /** Empties every kept model, to project the whole log again. */
    clear: Effect.gen(function* () {
      for (const model of models) {
        yield* sql.unsafe("DELETE FROM read_model_rows WHERE model = ?", [model.name])
        yield* sql.unsafe("UPDATE read_model_state SET version = ?, checkpoint = 0 WHERE model = ?", [
          model.version,
          model.name,
        ])
      }
      return new Set(models.map((m) => m.name)) as ReadonlySet<string>
    }),
    catchUp,
    /** Projects newly appended events, which directly follow `previousHead`. */
    projectAppended: (events: ReadonlyArray<StoredEvent>, previousHead: number) =>
      Effect.gen(function* () {
        if (models.length === 0 || events.length === 0) return
        const cache: RowCache = new Map()
        for (const model of models) yield* projectModel(model, events, cache, false)
        yield* flush(cache)
        yield* setCheckpoint(
          models.map((m) => m.name),
          previousHead + events.length,
        )
      }),
  }
}

/** The read model tables of one store. */
export type ReadModelTables = ReturnType<typeof makeReadModelTables>
