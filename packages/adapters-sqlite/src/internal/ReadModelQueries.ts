import type { Connection } from "./Connection.js"
import { Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { rowFilter } from "./rowFilter.js"

/**
 * `query` and `get` over the read model tables, with the semantics of core's `queryRows`.
 * `ensureCurrent` first catches a model up when another process appended without keeping it.
 */
export const makeReadModelQueries = (
  sql: Connection,
  models: ReadonlyArray<Store.AnyReadModel>,
  ensureCurrent: Effect.Effect<void, Store.EventStoreFailure>,
  /** Succeeds once every commit a read could have seen is on disk. */
  settled: Effect.Effect<void, Store.EventStoreFailure>,
): Pick<Store.ReadModelStoreShape, "query" | "get"> => {
  const kept = new Set(models.map((m) => m.name))
  const checkKept = (model: Store.AnyReadModel, operation: string) =>
    kept.has(model?.name) ? ensureCurrent : Effect.fail(Store.readModelNotKept(model, operation))
  const parse = (operation: string, key: string, text: string) =>
    Effect.try({
      try: () => JSON.parse(text) as never,
      catch: () =>
        new Store.EventStoreFailure({ operation, reason: `row '${key}' is damaged: rebuild the read models` }),
    })
  const fail = (operation: string) => (e: { readonly message: string }) =>
    Effect.fail(new Store.EventStoreFailure({ operation, reason: e.message }))

  return {
    query: (model, query = {}) =>
      Effect.gen(function* () {
        yield* checkKept(model, "query")
        const limit = Math.trunc(Math.min(Math.max(1, query.limit ?? Store.pageLimits.default), Store.pageLimits.max))
        if (Number.isNaN(limit)) return { rows: [], next: undefined }
        const filter = rowFilter(query.where)
        const after = query.after === undefined ? "" : " AND key > ?"
        const rows = yield* sql
          .unsafe<{ key: string; row: string }>(
            `SELECT key, row FROM read_model_rows WHERE model = ?${after}${filter.sql} ORDER BY key LIMIT ?`,
            [model.name, ...(query.after === undefined ? [] : [query.after]), ...filter.params, limit + 1],
          )
          .pipe(Effect.catchTag("SqlError", fail("query")))
        const page = yield* Effect.forEach(rows.slice(0, limit), ({ key, row }) =>
          Effect.map(parse("query", key, row), (parsed) => ({ key, row: parsed })),
        )
        yield* settled
        return { rows: page, next: rows.length > limit ? page.at(-1)?.key : undefined }
      }),
    get: (model, key) =>
      Effect.gen(function* () {
        yield* checkKept(model, "get")
        const rows = yield* sql
          .unsafe<{ row: string }>("SELECT row FROM read_model_rows WHERE model = ? AND key = ?", [model.name, key])
          .pipe(Effect.catchTag("SqlError", fail("get")))
        yield* settled
        const first = rows[0]
        return first === undefined ? Option.none() : Option.some(yield* parse("get", key, first.row))
      }),
  }
}
