import * as fs from "node:fs"
import { Store } from "@weerbaar/core"
import { Clock, Effect, Either } from "effect"
import { ImportRefused, type StoreUnavailable } from "../../StoreErrors.js"
import { attempt } from "../attempt.js"
import type { LoadedKey } from "../checkpoints/keys.js"
import { signHead } from "../checkpoints/signHead.js"
import type { Connection } from "../Connection.js"
import { eventColumns, rowValuesOf } from "../eventRows.js"
import { continueImport, type ImportCursor } from "../jsonLines.js"
import type { ReadPage } from "../readModels/catchUp.js"
import type { ReadModelTables } from "../ReadModelTables.js"
import { chunksOf, placeholders } from "../sqlText.js"
import type { WriteTransaction } from "../writeTransaction.js"
import { unavailable } from "./files.js"

const insert = (sql: Connection, events: ReadonlyArray<Store.StoredEvent>) =>
  Effect.forEach(
    chunksOf(
      events.flatMap((e) => rowValuesOf(e, JSON.stringify(e.payload))),
      12 * 80,
    ),
    (chunk) =>
      sql.unsafe(
        `INSERT INTO events (${eventColumns}) VALUES ${placeholders(chunk.length / 12, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")}`,
        chunk,
      ),
    { discard: true },
  )

/**
 * Imports a JSON Lines event log into the store, which must be empty, in one write transaction:
 * every line must continue the hash chain and its stream, or nothing is imported. The read models
 * are projected in the same transaction; with a signing key the imported head is signed in it too,
 * since an export carries no checkpoints. Returns the number of events imported.
 */
export const importJsonLines = (
  options: {
    readonly connection: Connection
    readonly write: WriteTransaction
    readonly readPageNow: ReadPage
    readonly readModels: ReadModelTables
    readonly signingKey: LoadedKey | undefined
  },
  source: string,
): Effect.Effect<number, ImportRefused | StoreUnavailable | Store.EventStoreFailure> =>
  Effect.gen(function* () {
    const { connection: sql, write, readPageNow, readModels, signingKey } = options
    const text = yield* Effect.try({
      try: () => fs.readFileSync(source, "utf8"),
      catch: unavailable(source, "import from"),
    })
    const lines = text.split("\n")
    const now = new Date(yield* Clock.currentTimeMillis).toISOString()
    return yield* write(
      Effect.gen(function* () {
        const [present] = yield* sql.unsafe<{ n: number }>("SELECT count(*) AS n FROM events")
        if ((present?.n ?? 0) > 0) {
          return yield* new ImportRefused({
            source,
            line: 0,
            reason: "the store is not empty: import into a new store",
          })
        }
        let cursor: ImportCursor = { head: Store.genesisHash, position: 0, versions: new Map() }
        let batch: Array<Store.StoredEvent> = []
        for (const [index, line] of lines.entries()) {
          if (line.trim() === "") continue
          const next = continueImport(line, cursor)
          if (Either.isLeft(next)) {
            return yield* new ImportRefused({ source, line: index + 1, ...next.left })
          }
          cursor = next.right.cursor
          batch.push(next.right.event)
          if (batch.length >= 2000) {
            yield* insert(sql, batch)
            batch = []
          }
        }
        yield* insert(sql, batch)
        yield* attempt(() =>
          readModels.catchUp(readPageNow, cursor.position, new Set(readModels.models.map((m) => m.name))),
        )
        if (signingKey !== undefined && cursor.position > 0) {
          const head = { position: cursor.position, hash: cursor.head }
          yield* attempt(() => signHead(sql, signingKey, head, now))
        }
        return cursor.position
      }),
    ).pipe(
      Effect.catchTag("SqlError", (e) =>
        Effect.fail(new Store.EventStoreFailure({ operation: "import", reason: e.message })),
      ),
    )
  })
