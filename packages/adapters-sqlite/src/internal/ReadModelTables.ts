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
  /** Loads the stored rows of `(model, key)` pairs into the cache, in as few statements as it takes. */
  const loadRows = (wanted: ReadonlyArray<readonly [model: AnyReadModel, key: string]>, cache: RowCache) => {
    for (const chunk of chunksOf(wanted, 400)) {
      const rows = sql.all<{ model: string; key: string; row: string }>(
        `SELECT model, key, row FROM read_model_rows WHERE (model, key) IN (VALUES ${placeholders(chunk.length, "(?, ?)")})`,
        chunk.flatMap(([model, key]) => [model.name, key]),
      )
      for (const [model, key] of chunk) cache.get(model.name)!.set(key, null)
      for (const { model, key, row } of rows) {
        try {
          cache.get(model)!.set(key, JSON.parse(row) as Row)
        } catch {
          throw failure("project", `a stored row of read model '${model}' is damaged: rebuild it`)
        }
      }
    }
  }

  /**
   * The keys each event touches in `model`, and the rows among them not in the cache yet; nothing
   * when no event touches the model (most models, for most events: nothing is allocated for them).
   */
  const planModel = (model: AnyReadModel, events: ReadonlyArray<StoredEvent>, cache: RowCache, fresh: boolean) => {
    const keysByEvent: Array<ReadonlyArray<string>> = []
    let touched = false
    for (const event of events) {
      let keys: ReadonlyArray<string>
      try {
        keys = model.keysOf(event)
      } catch (e) {
        throw modelFailure(model, event, e)
      }
      keysByEvent.push(keys)
      if (keys.length > 0) touched = true
    }
    if (!touched) return undefined
    const rows = cache.get(model.name) ?? new Map<string, Row | null>()
    cache.set(model.name, rows)
    const missing = new Set<string>()
    for (const keys of keysByEvent) for (const key of keys) if (!rows.has(key)) missing.add(key)
    // A model with no rows yet has none to load.
    if (fresh) for (const key of missing) rows.set(key, null)
    return { model, events, keysByEvent, missing: fresh ? [] : [...missing] }
  }

  /** Hands each event and the rows it touches to `apply`, and remembers the changes. */
  const applyModel = ({ model, events, keysByEvent }: NonNullable<ReturnType<typeof planModel>>, cache: RowCache) => {
    const rows = cache.get(model.name)!
    const dirty = dirtyKeys(cache, model)
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

  /**
   * Applies events to models with core's `projectInto` semantics: fetch the rows `keysOf` names
   * (for all models in one go), hand them to `apply`, remember its changes. `fresh` names the
   * models that have no rows yet.
   */
  const project = (
    work: ReadonlyArray<readonly [model: AnyReadModel, events: ReadonlyArray<StoredEvent>]>,
    cache: RowCache,
    fresh: ReadonlySet<string>,
  ) => {
    const plans = work.flatMap(([model, events]) => planModel(model, events, cache, fresh.has(model.name)) ?? [])
    loadRows(
      plans.flatMap((plan) => plan.missing.map((key) => [plan.model, key] as const)),
      cache,
    )
    for (const plan of plans) applyModel(plan, cache)
  }

  /** Stores the rows a projection run changed, once at its end, for all models together. */
  const flush = (cache: RowCache) => {
    const upserts: Array<string> = []
    const deletes: Array<string> = []
    for (const model of models) {
      const rows = cache.get(model.name)
      if (rows === undefined) continue
      for (const key of dirtyKeys(cache, model)) {
        const row = rows.get(key)
        if (row === null || row === undefined) deletes.push(model.name, key)
        else {
          const text = JSON.stringify(row)
          if (typeof text !== "string") {
            throw failure("project", `read model '${model.name}' gave row '${key}' that is not JSON`)
          }
          upserts.push(model.name, key, text)
        }
      }
    }
    for (const chunk of chunksOf(upserts, 3 * 300)) {
      sql.run(
        `INSERT INTO read_model_rows (model, key, row) VALUES ${placeholders(chunk.length / 3, "(?, ?, ?)")}
         ON CONFLICT (model, key) DO UPDATE SET row = excluded.row`,
        chunk,
      )
    }
    for (const chunk of chunksOf(deletes, 2 * 400)) {
      sql.run(
        `DELETE FROM read_model_rows WHERE (model, key) IN (VALUES ${placeholders(chunk.length / 2, "(?, ?)")})`,
        chunk,
      )
    }
  }

  const setCheckpoint = (names: ReadonlyArray<string>, position: number) => {
    if (names.length === 0) return
    sql.run(`UPDATE read_model_state SET checkpoint = ? WHERE model IN (${placeholders(names.length)})`, [
      position,
      ...names,
    ])
  }

  // Appends in one batch move every kept model's checkpoint to their new head: it is written once,
  // before the batch commits, instead of once per append. Until then it is unsettled; whatever reads
  // the checkpoints in the same transaction settles it first.
  let unsettled: number | undefined
  const allNames = models.map((m) => m.name)

  /** Writes the checkpoint the appends of the open transaction reached. */
  const settle = () => {
    if (unsettled === undefined) return
    setCheckpoint(allNames, unsettled)
    unsettled = undefined
  }

  const checkpoints = () => {
    settle()
    return new Map(
      sql
        .all<{ model: string; version: number; checkpoint: number }>(
          "SELECT model, version, checkpoint FROM read_model_state",
        )
        .map((r) => [r.model, r]),
    )
  }

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
        const work = behind.flatMap((model) => {
          const from = state.get(model.name)?.checkpoint ?? 0
          const events = page.filter((e) => e.position > from && e.position <= head)
          return events.length > 0 ? [[model, events] as const] : []
        })
        project(work, cache, fresh)
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
      project(
        models.map((model) => [model, events] as const),
        cache,
        new Set(),
      )
      flush(cache)
      const head = previousHead + events.length
      if (knownCurrentAt === previousHead) knownCurrentAt = head
      // Last, so that an append that failed before here left the checkpoint as it was.
      unsettled = head
    },
    /** Writes the checkpoint of the appends in the open transaction; call before it commits. */
    settle,
    /** The unsettled checkpoint as a savepoint is taken, to return to when it is rolled back. */
    unsettledMark: (): unknown => unsettled,
    /** A savepoint was rolled back: the checkpoint is the one before it, the head is unknown. */
    rollBackTo: (mark: unknown) => {
      unsettled = mark as number | undefined
      knownCurrentAt = undefined
    },
    /** Forgets what this connection knew about the checkpoints: a transaction that projected was rolled back. */
    forget: () => {
      unsettled = undefined
      knownCurrentAt = undefined
    },
  }
}

/** The read model tables of one store. */
export type ReadModelTables = ReturnType<typeof makeReadModelTables>
