import * as path from "node:path"
import Database from "better-sqlite3"
import { Store } from "@weerbaar/core"
import { Context, type Duration, Effect, Layer } from "effect"
import { SqliteStore, SqliteStoreAdmin } from "../../src/index.js"

/** Opens a store on `filename` within the current scope and hands its three services. */
export const openStore = (
  filename: string,
  readModels: ReadonlyArray<Store.AnyReadModel> = [],
  busyTimeout: Duration.DurationInput = "5 seconds",
) =>
  Effect.map(Layer.build(SqliteStore.layer({ filename, readModels, busyTimeout })), (context) => ({
    events: Context.get(context, Store.EventStore),
    readModels: Context.get(context, Store.ReadModelStore),
    admin: Context.get(context, SqliteStoreAdmin),
  }))

/** Opens a store, runs `use` on it and closes the file again. */
export const withStore = <A, E>(
  filename: string,
  use: (store: Effect.Effect.Success<ReturnType<typeof openStore>>) => Effect.Effect<A, E>,
  readModels: ReadonlyArray<Store.AnyReadModel> = [],
) => Effect.scoped(Effect.flatMap(openStore(filename, readModels), use))

export const storeFile = (folder: string, name = "store.sqlite") => path.join(folder, name)

export const event = (type: string, payload: Store.NewEvent["payload"] = {}): Store.NewEvent => ({
  type,
  schemaVersion: 1,
  payload,
})

/** How many events the file holds, read by a connection of its own. */
export const countEvents = (filename: string) => {
  const db = new Database(filename, { readonly: true })
  try {
    return (db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }).n
  } finally {
    db.close()
  }
}

/** Counts events per stream; refuses to project a "Poison" event. */
export const perStream: Store.ReadModel<{ readonly events: number }> = {
  name: "per-stream",
  version: 1,
  keysOf: (e) => [e.streamId],
  apply: (e, rows) => {
    if (e.type === "Poison") throw new Error("cannot project poison")
    return [{ key: e.streamId, row: { events: (rows.get(e.streamId)?.events ?? 0) + 1 } }]
  },
}
