import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { chunksOf, placeholders } from "../sqlText.js"
import { projectionFailure } from "./projectionFailure.js"
import { dirtyKeys, type RowCache } from "./rowCache.js"

/** Stores the rows a projection run changed, once at its end, for all models together. */
export const flushRows = (sql: Connection, models: ReadonlyArray<Store.AnyReadModel>, cache: RowCache) => {
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
          throw projectionFailure(`read model '${model.name}' gave row '${key}' that is not JSON`)
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
