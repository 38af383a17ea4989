import { type AnyReadModel, EventStoreFailure, type StoredEvent } from "@weerbaar/core"
import type { Connection } from "./Connection.js"
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

/** Reads a page of the log: the events after a position, at most `limit`. */
export type ReadPage = (after: number, limit: number) => ReadonlyArray<StoredEvent>

/**
 * Keeps read models in the generic tables `read_model_state` and `read_model_rows`. Every method
 * runs synchronously inside the caller's write transaction and throws `EventStoreFailure` for a
 * model that fails or a damaged row, and the driver's error for a failed statement.
 */
export const makeReadModelTables = (sql: Connection, models: ReadonlyArray<AnyReadModel>) => {
  const loadRows = (model: AnyReadModel, keys: ReadonlyArray<string>, cache: Map<string, Row | null>) => {
    for (const chunk of chunksOf(keys, 500)) {
      const rows = sql.all<{ key: string; row: string }>(
        `SELECT key, row FROM read_model_rows WHERE model = ? AND key IN (${placeholders(chunk.length)})`,
        [model.name, ...chunk],
      )
      for (const key of chunk) cache.set(key, null)
      for (const { key, row } of rows) {
        try {
          cache.set(key, JSON.parse(row) as Row)
        } catch {
          throw failure("project", `a stored row of read model '${model.name}' is damaged: rebuild it`)
        }
      }
    }
  }

  const writeRows = (model: AnyReadModel, cache: Map<string, Row | null>, dirty: ReadonlySet<string>) => {
    const upserts: Array<string> = []
    const deletes: Array<string> = []
    for (const key of dirty) {
      const row = cache.get(key)
      if (row === null || row === undefined) deletes.push(key)
      else {
        const text = JSON.stringify(row)
        if (typeof text !== "string") {
          throw failure("project", `read model '${model.name}' gave row '${key}' that is not JSON`)
        }
        upserts.push(model.name, key, text)
      }
    }
    for (const chunk of chunksOf(upserts, 3 * 300)) {
      sql.run(
        `INSERT INTO read_model_rows (model, key, row) VALUES ${placeholders(chunk.length / 3, "(?, ?, ?)")}
         ON CONFLICT (model, key) DO UPDATE SET row = excluded.row`,
        chunk,
      )
    }
    for (const chunk of chunksOf(deletes, 500)) {
      sql.run(`DELETE FROM read_model_rows WHERE model = ? AND key IN (${placeholders(chunk.length)})`, [
        model.name,
        ...chunk,
      ])
    }
  }

  /**
   * Applies `events` to one model with core's `projectInto` semantics: fetch the rows `keysOf`
   * names, hand them to `apply`, remember its changes. `fresh` says the model has no rows yet.
   */
  const projectModel = (model: AnyReadModel, events: ReadonlyArray<StoredEvent>, cache: RowCache, fresh: boolean) => {
    const rows = cache.get(model.name) ?? new Map<string, Row | null>()
    cache.set(model.name, rows)
    const dirty = dirtyKeys(cache, model)
    const keysByEvent: Array<ReadonlyArray<string>> = []
    const missing = new Set<string>()
    for (const event of events) {
      let keys: ReadonlyArray<string>
      try {
        keys = model.keysOf(event)
      } catch (e) {
        throw modelFailure(model, event, e)
      }
      keysByEvent.push(keys)
      for (const key of keys) if (!rows.has(key)) missing.add(key)
    }
    if (fresh) for (const key of missing) rows.set(key, null)
    else if (missing.size > 0) loadRows(model, [...missing], rows)
    for (const [index, event] of events.entries()) {
      const keys = keysByEvent[index]!
      if (keys.length === 0) continue
      const current = new Map<string, Row>()
      for (const key of keys) {
        const row = rows.get(key)
        if (row !== null && row !== undefined) current.set(key, row)
      }
      let changes: ReturnType<AnyReadModel["apply"]>
      try {
        changes = model.apply(event, current)
      } catch (e) {
        throw modelFailure(model, event, e)
      }
      for (const change of changes) {
        rows.set(change.key, change.row)
        dirty.add(change.key)
      }
    }
  }

  /** Stores the rows a projection run changed, once at its end. */
  const flush = (cache: RowCache) => {
    for (const model of models) {
      const rows = cache.get(model.name)
      if (rows !== undefined) writeRows(model, rows, dirtyKeys(cache, model))
    }
  }

  const setCheckpoint = (names: ReadonlyArray<string>, position: number) => {
    if (names.length === 0) return
    sql.run(`UPDATE read_model_state SET checkpoint = ? WHERE model IN (${placeholders(names.length)})`, [
      position,
      ...names,
    ])
  }

  const checkpoints = () =>
    new Map(
      sql
        .all<{ model: string; version: number; checkpoint: number }>(
          "SELECT model, version, checkpoint FROM read_model_state",
        )
        .map((r) => [r.model, r]),
    )

  // The log position every kept model was projected to, as far as this connection knows: when it
  // equals the head an append starts from, nobody appended without projecting, and the models
  // need no catching up. Any doubt (another process, a rebuild) reads the checkpoints again.
  let knownCurrentAt: number | undefined

  /**
   * Projects the log after each model's checkpoint, a page at a time, up to `head`.
   * `fresh` names the models that have no rows yet.
   */
  const catchUp = (readPage: ReadPage, head: number, fresh: ReadonlySet<string> = new Set()) => {
    if (knownCurrentAt === head && fresh.size === 0) return
    knownCurrentAt = undefined
    const state = checkpoints()
    const behind = models.filter((m) => (state.get(m.name)?.checkpoint ?? 0) < head)
    if (behind.length > 0) {
      const cache: RowCache = new Map()
      let after = Math.min(...behind.map((m) => state.get(m.name)?.checkpoint ?? 0))
      while (after < head) {
        const page = readPage(after, 2000)
        if (page.length === 0) break
        for (const model of behind) {
          const from = state.get(model.name)?.checkpoint ?? 0
          const events = page.filter((e) => e.position > from && e.position <= head)
          if (events.length > 0) projectModel(model, events, cache, fresh.has(model.name))
        }
        after = page.at(-1)!.position
      }
      flush(cache)
      setCheckpoint(
        behind.map((m) => m.name),
        head,
      )
    }
    if (models.every((m) => (state.get(m.name)?.checkpoint ?? 0) <= head)) knownCurrentAt = head
  }

  return {
    models,
    /** Whether any kept model is behind `head`. */
    isBehind: (head: number) => {
      const state = checkpoints()
      return models.some((m) => (state.get(m.name)?.checkpoint ?? 0) < head)
    },
    /** Registers new models and empties those whose version changed; returns the ones to project from scratch. */
    register: (): ReadonlySet<string> => {
      knownCurrentAt = undefined
      const state = checkpoints()
      const fresh = new Set<string>()
      for (const model of models) {
        const known = state.get(model.name)
        if (known === undefined) {
          sql.run("INSERT INTO read_model_state (model, version, checkpoint) VALUES (?, ?, 0)", [
            model.name,
            model.version,
          ])
        } else if (known.version !== model.version || known.checkpoint === 0) {
          sql.run("DELETE FROM read_model_rows WHERE model = ?", [model.name])
          sql.run("UPDATE read_model_state SET version = ?, checkpoint = 0 WHERE model = ?", [
            model.version,
            model.name,
          ])
        } else continue
        fresh.add(model.name)
      }
      return fresh
    },
    /** Empties every kept model, to project the whole log again. */
    clear: (): ReadonlySet<string> => {
      knownCurrentAt = undefined
      for (const model of models) {
        sql.run("DELETE FROM read_model_rows WHERE model = ?", [model.name])
        sql.run("UPDATE read_model_state SET version = ?, checkpoint = 0 WHERE model = ?", [model.version, model.name])
      }
      return new Set(models.map((m) => m.name))
    },
    catchUp,
    /** Projects newly appended events, which directly follow `previousHead`. */
    projectAppended: (events: ReadonlyArray<StoredEvent>, previousHead: number) => {
      if (models.length === 0 || events.length === 0) return
      const cache: RowCache = new Map()
      for (const model of models) projectModel(model, events, cache, false)
      flush(cache)
      const head = previousHead + events.length
      setCheckpoint(
        models.map((m) => m.name),
        head,
      )
      if (knownCurrentAt === previousHead) knownCurrentAt = head
    },
    /** Forgets what this connection knew about the checkpoints: a transaction that projected was rolled back. */
    forget: () => {
      knownCurrentAt = undefined
    },
  }
}

/** The read model tables of one store. */
export type ReadModelTables = ReturnType<typeof makeReadModelTables>
