// Durable append of commands (three events each, idempotency key, hash chain, synchronous=FULL):
// the SQLite store against raw better-sqlite3 doing the same reads, hashing and inserts.
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Kernel, Store } from "@weerbaar/core"
import { Effect } from "effect"
import { nodeChainHash } from "../packages/adapters-sqlite/src/internal/nodeChainHash.js"
import { openRawEventsTable } from "./rawEventsTable.js"
import { type BenchResult, benchFolder, perSecond, timed } from "./harness.js"

const commands = 800
const streams = 100
const eventsOf = (n: number): ReadonlyArray<Store.NewEvent> =>
  [0, 1, 2].map((i) => ({
    type: "ItemVoted",
    schemaVersion: 1,
    payload: { item: `item-${n % streams}`, n, i, member: "lid-dvo" },
  }))

const throughStore = (filename: string) =>
  Effect.gen(function* () {
    const store = yield* Store.EventStore
    const versions = new Map<string, number>()
    return yield* Effect.promise(() =>
      timed(() =>
        Effect.runPromise(
          Effect.gen(function* () {
            for (let n = 0; n < commands; n++) {
              const streamId = `item-${n % streams}`
              const expectedVersion = versions.get(streamId) ?? 0
              yield* store.append([{ streamId, expectedVersion, events: eventsOf(n) }], {
                actor: "secretaris-dvo",
                idempotencyKey: `command-${n}`,
              })
              versions.set(streamId, expectedVersion + 3)
            }
          }),
        ),
      ),
    )
  }).pipe(Effect.provide(SqliteStore.layer({ filename })))

const raw = (filename: string) => {
  const db = openRawEventsTable(filename)
  const begin = db.prepare("BEGIN IMMEDIATE")
  const commit = db.prepare("COMMIT")
  const byKey = db.prepare("SELECT position FROM events WHERE idempotency_key = ?")
  const version = db.prepare("SELECT MAX(version) AS version FROM events WHERE stream_id = ?")
  const head = db.prepare("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1")
  const insert = db.prepare("INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?, ?, ?)")
  const elapsed = timed(() => {
    for (let n = 0; n < commands; n++) {
      const streamId = `item-${n % streams}`
      const key = `command-${n}`
      begin.run()
      if (byKey.get(key) === undefined) {
        let v = (version.get(streamId) as { version: number | null }).version ?? 0
        const last = (head.get() as { position: number; hash: string } | undefined) ?? {
          position: 0,
          hash: Store.genesisHash,
        }
        let hash = last.hash
        let position = last.position
        const recordedAt = Kernel.timestampOf(new Date())
        for (const e of eventsOf(n)) {
          const payload = JSON.stringify(e.payload)
          const unhashed: Omit<Store.StoredEvent, "hash"> = {
            position: ++position,
            streamId,
            version: ++v,
            type: e.type,
            schemaVersion: e.schemaVersion,
            payload: JSON.parse(payload),
            metadata: { actor: "secretaris-dvo", idempotencyKey: key },
            recordedAt,
          }
          hash = nodeChainHash(hash, unhashed)
          insert.run(position, streamId, v, e.type, 1, payload, "secretaris-dvo", key, recordedAt, hash)
        }
      }
      commit.run()
    }
  })
  return elapsed.finally(() => db.close())
}

export const run = async (): Promise<BenchResult> => {
  const files = benchFolder("append")
  try {
    // Alternating rounds, best of each: fsync times on a shared machine vary from run to run.
    let rawMs = Number.POSITIVE_INFINITY
    let storeMs = Number.POSITIVE_INFINITY
    for (let round = 0; round < 3; round++) {
      rawMs = Math.min(rawMs, await raw(files.file(`raw-${round}.sqlite`)))
      storeMs = Math.min(storeMs, await Effect.runPromise(throughStore(files.file(`store-${round}.sqlite`))))
    }
    return {
      name: "sqlite-append",
      ratio: rawMs / storeMs,
      goal: 0.5,
      measured: {
        commands,
        "events per command": 3,
        "store commands/s": perSecond(commands, storeMs),
        "raw better-sqlite3 commands/s": perSecond(commands, rawMs),
      },
      note: "append alone; decide + append through the Programme service is sqlite-decide-append",
    }
  } finally {
    files.remove()
  }
}
