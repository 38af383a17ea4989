import * as fs from "node:fs"
import type { SqlError } from "@effect/sql/SqlError"
import type { Connection } from "./Connection.js"
import { EventStoreFailure, genesisHash, type StoredEvent } from "@weerbaar/core"
import { Effect, Either } from "effect"
import type { SqliteStoreAdminShape } from "../SqliteStoreAdmin.js"
import { ImportRefused, StoreUnavailable } from "../StoreErrors.js"
import { rowValuesOf } from "./eventRows.js"
import { eventColumns } from "./eventRows.js"
import { continueImport, eventLineOf, type ImportCursor } from "./jsonLines.js"
import type { ReadModelTables, ReadPage } from "./ReadModelTables.js"
import { attempt } from "./attempt.js"
import { chunksOf, placeholders } from "./sqlText.js"
import type { WriteTransaction } from "./writeTransaction.js"

const unavailable = (filename: string, operation: string) => (cause: unknown) =>
  new StoreUnavailable({ filename, operation, reason: cause instanceof Error ? cause.message : String(cause) })

export const makeAdmin = (options: {
  readonly connection: Connection
  readonly filename: string
  readonly write: WriteTransaction
  readonly readPage: (
    after: number,
    limit: number,
  ) => Effect.Effect<ReadonlyArray<StoredEvent>, EventStoreFailure | SqlError>
  readonly readPageNow: ReadPage
  readonly readModels: ReadModelTables
}): SqliteStoreAdminShape => {
  const { connection: sql, filename, write, readPage, readPageNow, readModels } = options
  const refuseExisting = (destination: string, operation: string) =>
    fs.existsSync(destination)
      ? Effect.fail(
          new StoreUnavailable({ filename: destination, operation, reason: "the file exists; choose a new file" }),
        )
      : Effect.void

  const insert = (events: ReadonlyArray<StoredEvent>) =>
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

  return {
    filename,
    backup: (destination) =>
      Effect.zipRight(
        refuseExisting(destination, "back up to"),
        sql.backup(destination).pipe(Effect.mapError((e) => unavailable(destination, "back up to")(e.cause))),
      ).pipe(Effect.asVoid),

    exportJsonLines: (destination) =>
      Effect.gen(function* () {
        yield* refuseExisting(destination, "export to")
        const fd = yield* Effect.try({
          try: () => fs.openSync(destination, "wx"),
          catch: unavailable(destination, "export to"),
        })
        return yield* Effect.gen(function* () {
          let after = 0
          let written = 0
          while (true) {
            const page = yield* readPage(after, 2000).pipe(
              Effect.catchTag("SqlError", (e) =>
                Effect.fail(new EventStoreFailure({ operation: "export", reason: e.message })),
              ),
            )
            if (page.length === 0) break
            yield* Effect.try({
              try: () => fs.writeSync(fd, page.map(eventLineOf).join("")),
              catch: unavailable(destination, "export to"),
            })
            written += page.length
            after = page.at(-1)!.position
          }
          yield* Effect.try({ try: () => fs.fsyncSync(fd), catch: unavailable(destination, "export to") })
          return written
        }).pipe(Effect.ensuring(Effect.sync(() => fs.closeSync(fd))))
      }),

    importJsonLines: (source) =>
      Effect.gen(function* () {
        const text = yield* Effect.try({
          try: () => fs.readFileSync(source, "utf8"),
          catch: unavailable(source, "import from"),
        })
        const lines = text.split("\n")
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
            let cursor: ImportCursor = { head: genesisHash, position: 0, versions: new Map() }
            let batch: Array<StoredEvent> = []
            for (const [index, line] of lines.entries()) {
              if (line.trim() === "") continue
              const next = continueImport(line, cursor)
              if (Either.isLeft(next)) {
                return yield* new ImportRefused({ source, line: index + 1, ...next.left })
              }
              cursor = next.right.cursor
              batch.push(next.right.event)
              if (batch.length >= 2000) {
                yield* insert(batch)
                batch = []
              }
            }
            yield* insert(batch)
            yield* attempt(() =>
              readModels.catchUp(readPageNow, cursor.position, new Set(readModels.models.map((m) => m.name))),
            )
            return cursor.position
          }),
        ).pipe(
          Effect.catchTag("SqlError", (e) =>
            Effect.fail(new EventStoreFailure({ operation: "import", reason: e.message })),
          ),
        )
      }),
  }
}
