// Read model rebuild: the SQLite store's `rebuild` against raw better-sqlite3 reading the same
// events, folding them with the same read models (core's projectInto) and inserting the same rows.
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Store } from "@weerbaar/core"
import { readModelContractModels } from "@weerbaar/core/testing"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { type BenchResult, benchFolder, perSecond, timed } from "./harness.js"

const models = readModelContractModels
const eventCount = 30_000
const items = 2_000

const eventOf = (n: number): Store.NewEvent => {
  const id = `item-${String(n % items).padStart(5, "0")}`
  const type = n < items ? "ItemOpened" : n % 17 === 0 ? "ItemClosed" : "ItemVoted"
  return { type, schemaVersion: 1, payload: { id, title: `Voorstel ${n % items}`, code: n % 3 } }
}

const fill = Effect.gen(function* () {
  const store = yield* Store.EventStore
  for (let start = 0; start < eventCount; start += 1000) {
    const events = Array.from({ length: 1000 }, (_, i) => eventOf(start + i))
    yield* store.append([{ streamId: "bulk", expectedVersion: start, events }], {})
  }
})

const rawRebuild = (filename: string) => {
  const db = new Database(filename)
  db.pragma("synchronous = FULL")
  const elapsed = timed(() => {
    db.transaction(() => {
      const names = models.map((m) => m.name)
      const clear = db.prepare("DELETE FROM read_model_rows WHERE model = ?")
      for (const name of names) clear.run(name)
      const rows = db.prepare("SELECT * FROM events ORDER BY position").all() as Array<Record<string, unknown>>
      const events = rows.map(
        (r): Store.StoredEvent =>
          ({
            position: r.position,
            streamId: r.stream_id,
            version: r.version,
            type: r.type,
            schemaVersion: r.schema_version,
            payload: JSON.parse(r.payload as string),
            metadata: {},
            recordedAt: r.recorded_at,
            hash: r.hash,
          }) as Store.StoredEvent,
      )
      const tables = new Map<string, Map<string, unknown>>()
      Store.projectInto(tables, models, events)
      const insert = db.prepare("INSERT INTO read_model_rows (model, key, row) VALUES (?, ?, ?)")
      for (const [model, table] of tables) for (const [key, row] of table) insert.run(model, key, JSON.stringify(row))
      const checkpoint = db.prepare("UPDATE read_model_state SET checkpoint = ? WHERE model = ?")
      for (const name of names) checkpoint.run(events.length, name)
    })()
  })
  return elapsed.finally(() => db.close())
}

export const run = async (): Promise<BenchResult> => {
  const files = benchFolder("rebuild")
  try {
    const filename = files.file("store.sqlite")
    const layer = SqliteStore.layer({ filename, readModels: models })
    await Effect.runPromise(fill.pipe(Effect.provide(layer)))
    // Alternating rounds, best of each: timings on a shared machine vary from run to run.
    let rawMs = Number.POSITIVE_INFINITY
    let storeMs = Number.POSITIVE_INFINITY
    const rebuilt = Effect.flatMap(Store.ReadModelStore, (store) =>
      Effect.promise(() => timed(() => Effect.runPromise(store.rebuild))),
    )
    for (let round = 0; round < 3; round++) {
      rawMs = Math.min(rawMs, await rawRebuild(filename))
      storeMs = Math.min(storeMs, await Effect.runPromise(rebuilt.pipe(Effect.provide(layer))))
    }
    return {
      name: "sqlite-rebuild",
      ratio: rawMs / storeMs,
      goal: 0.5,
      measured: {
        events: eventCount,
        "read models": models.length,
        "store events/s": perSecond(eventCount, storeMs),
        "raw better-sqlite3 events/s": perSecond(eventCount, rawMs),
      },
    }
  } finally {
    files.remove()
  }
}
