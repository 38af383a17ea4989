import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { chunksOf, placeholders } from "../sqlText.js"
import { modelFailure, projectionFailure } from "./projectionFailure.js"
import { dirtyKeys, type Row, type RowCache } from "./rowCache.js"

/** Loads the stored rows of `(model, key)` pairs into the cache, in as few statements as it takes. */
const loadRows = (
  sql: Connection,
  wanted: ReadonlyArray<readonly [model: Store.AnyReadModel, key: string]>,
  cache: RowCache,
) => {
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
        throw projectionFailure(`a stored row of read model '${model}' is damaged: rebuild it`)
      }
    }
  }
}

/**
 * The keys each event touches in `model`, and the rows among them not in the cache yet; nothing
 * when no event touches the model (most models, for most events: nothing is allocated for them).
 */
const planModel = (
  model: Store.AnyReadModel,
  events: ReadonlyArray<Store.StoredEvent>,
  cache: RowCache,
  fresh: boolean,
) => {
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
    let changes: ReturnType<Store.AnyReadModel["apply"]>
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
 * (for all models in one go), hand them to `apply`, remember its changes in `cache`. `fresh` names
 * the models that have no rows yet.
 */
export const projectEvents = (
  sql: Connection,
  work: ReadonlyArray<readonly [model: Store.AnyReadModel, events: ReadonlyArray<Store.StoredEvent>]>,
  cache: RowCache,
  fresh: ReadonlySet<string>,
) => {
  const plans = work.flatMap(([model, events]) => planModel(model, events, cache, fresh.has(model.name)) ?? [])
  loadRows(
    sql,
    plans.flatMap((plan) => plan.missing.map((key) => [plan.model, key] as const)),
    cache,
  )
  for (const plan of plans) applyModel(plan, cache)
}
