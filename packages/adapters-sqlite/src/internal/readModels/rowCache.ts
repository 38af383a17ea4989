import type { Store } from "@weerbaar/core"

/** One row of a read model, as `apply` sees it. */
export type Row = Record<string, unknown>

/** The rows a projection run has read or written, by model and key; `null` is a row known absent. */
export type RowCache = Map<string, Map<string, Row | null>>

const dirtyByCache = new WeakMap<RowCache, Map<string, Set<string>>>()

/** The keys of `model` a projection run changed and has not stored yet. */
export const dirtyKeys = (cache: RowCache, model: Store.AnyReadModel): Set<string> => {
  const byModel = dirtyByCache.get(cache) ?? new Map<string, Set<string>>()
  dirtyByCache.set(cache, byModel)
  const keys = byModel.get(model.name) ?? new Set<string>()
  byModel.set(model.name, keys)
  return keys
}
