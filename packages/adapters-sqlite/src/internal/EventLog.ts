import type { Connection } from "./Connection.js"
import type { SqlError } from "@effect/sql/SqlError"
import {
  type AppendResult,
  type ChainVerification,
  EventStoreFailure,
  type EventStoreShape,
  type ReadAllOptions,
  genesisHash,
  type StoredEvent,
  StreamVersionConflict,
  timestampOf,
  verifyChain,
} from "@weerbaar/core"
import { Clock, Effect } from "effect"
import { type EventRow, eventColumns, normalizeMetadata, rowValuesOf, storedEventOf } from "./eventRows.js"
import { makeGroupCommit } from "./groupCommit.js"
import { nodeChainHash } from "./nodeChainHash.js"
import type { ReadModelTables } from "./ReadModelTables.js"
import { chunksOf, placeholders } from "./sqlText.js"
import type { WriteTransaction } from "./writeTransaction.js"

const sqlFailure =
  (operation: string) =>
  (error: SqlError): EventStoreFailure => {
    const cause = error.cause as { code?: unknown; message?: unknown } | undefined
    const reason =
      cause?.code === "SQLITE_BUSY"
        ? "the store stayed locked by another writer longer than the busy timeout"
        : String(cause?.message ?? error.message)
    return new EventStoreFailure({ operation, reason })
  }

const decode = (operation: string, rows: ReadonlyArray<EventRow>) =>
  Effect.try({
    try: () => rows.map(storedEventOf),
    catch: () => {
      const damaged = rows.find((row) => {
        try {
          JSON.parse(row.payload)
          return false
        } catch {
          return true
        }
      })
      return new EventStoreFailure({
        operation,
        reason: `the payload of event ${damaged?.position ?? "?"} is not JSON: the store was altered; run verify`,
      })
    },
  })

/** What is wrong with the shape of an append, checked before anything is touched. */
const invalidWrite = (writes: Parameters<EventStoreShape["append"]>[0]): string | undefined => {
  if (!Array.isArray(writes)) return "writes must be an array of stream writes"
  for (const write of writes) {
    if (typeof write?.streamId !== "string" || write.streamId === "") return "every write needs a stream id"
    if (!Number.isSafeInteger(write.expectedVersion) || write.expectedVersion < 0) {
      return `the expected version of stream '${write.streamId}' must be a whole number of at least 0`
    }
    if (!Array.isArray(write.events)) return `the events of stream '${write.streamId}' must be an array`
    for (const event of write.events) {
      if (typeof event?.type !== "string" || event.type === "") return "every event needs a type"
      if (!Number.isSafeInteger(event.schemaVersion)) return `event ${event.type} needs a whole schema version`
    }
  }
  return undefined
}

/** The `events` table as core's {@link EventStoreShape}. */
export const makeEventLog = (sql: Connection, write: WriteTransaction, readModels: ReadModelTables) => {
  const inBatch = makeGroupCommit(sql, write)
  const readPage = (after: number, limit: number) =>
    Effect.flatMap(
      sql.unsafe<EventRow>(`SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT ?`, [
        after,
        limit,
      ]),
      (rows) => decode("read", rows),
    )

  const head = Effect.map(
    sql.unsafe<{ position: number; hash: string }>("SELECT position, hash FROM events ORDER BY position DESC LIMIT 1"),
    (rows) => rows[0] ?? { position: 0, hash: genesisHash },
  )

  const append: EventStoreShape["append"] = (writes, metadata) =>
    Effect.gen(function* () {
      const problem = invalidWrite(writes)
      if (problem !== undefined) return yield* new EventStoreFailure({ operation: "append", reason: problem })
      const recordedAt = timestampOf(new Date(yield* Clock.currentTimeMillis))
      const normalized = normalizeMetadata(metadata ?? {})
      const payloads = yield* Effect.try({
        try: () => writes.map((w) => w.events.map((e) => JSON.stringify(e.payload) ?? "null")),
        catch: (e) => new EventStoreFailure({ operation: "append", reason: `a payload is not JSON: ${String(e)}` }),
      })
      return yield* inBatch(
        Effect.gen(function* () {
          // One probe under the write lock: was the key seen, where the log ends, and the streams'
          // versions. Every statement costs more through the SQL client than in SQLite itself.
          const streamIds = [...new Set(writes.map((w) => w.streamId))]
          const versions = new Map<string, number>()
          const probeStreams = streamIds.length <= 500 ? streamIds : []
          const [probe] = yield* sql.unsafe<{
            seen: number
            position: number | null
            hash: string | null
            versions: string
          }>(
            `SELECT
               (SELECT count(*) FROM events WHERE idempotency_key = ?) AS seen,
               (SELECT position FROM events ORDER BY position DESC LIMIT 1) AS position,
               (SELECT hash FROM events ORDER BY position DESC LIMIT 1) AS hash,
               (SELECT json_group_object(stream_id, version) FROM (SELECT stream_id, MAX(version) AS version FROM events WHERE stream_id IN (${probeStreams.length === 0 ? "NULL" : placeholders(probeStreams.length)}) GROUP BY stream_id)) AS versions`,
            [normalized.idempotencyKey ?? null, ...probeStreams],
          )
          if (normalized.idempotencyKey !== undefined && (probe?.seen ?? 0) > 0) {
            const earlier = yield* sql.unsafe<EventRow>(
              `SELECT ${eventColumns} FROM events WHERE idempotency_key = ? ORDER BY position`,
              [normalized.idempotencyKey],
            )
            return { events: yield* decode("append", earlier), duplicate: true } satisfies AppendResult
          }
          for (const [streamId, version] of Object.entries(
            JSON.parse(probe?.versions ?? "{}") as Record<string, number>,
          )) {
            versions.set(streamId, version)
          }
          if (probeStreams.length === 0) {
            for (const chunk of chunksOf(streamIds, 500)) {
              const rows = yield* sql.unsafe<{ stream_id: string; version: number }>(
                `SELECT stream_id, MAX(version) AS version FROM events WHERE stream_id IN (${placeholders(chunk.length)}) GROUP BY stream_id`,
                chunk,
              )
              for (const row of rows) versions.set(row.stream_id, row.version)
            }
          }
          for (const w of writes) {
            const actualVersion = versions.get(w.streamId) ?? 0
            if (actualVersion !== w.expectedVersion) {
              return yield* new StreamVersionConflict({
                streamId: w.streamId,
                expectedVersion: w.expectedVersion,
                actualVersion,
              })
            }
          }
          const previous =
            probe?.position === null || probe?.position === undefined || probe.hash === null
              ? { position: 0, hash: genesisHash }
              : { position: probe.position, hash: probe.hash }
          const stored: Array<StoredEvent> = []
          const values: Array<string | number | null> = []
          let hash = previous.hash
          let position = previous.position
          for (const [i, w] of writes.entries()) {
            let version = versions.get(w.streamId) ?? 0
            for (const [j, event] of w.events.entries()) {
              const payloadText = payloads[i]![j]!
              const unhashed = {
                position: ++position,
                streamId: w.streamId,
                version: ++version,
                type: event.type,
                schemaVersion: event.schemaVersion,
                payload: JSON.parse(payloadText),
                metadata: normalized,
                recordedAt,
              }
              hash = nodeChainHash(hash, unhashed)
              const storedEvent = { ...unhashed, hash }
              stored.push(storedEvent)
              values.push(...rowValuesOf(storedEvent, payloadText))
            }
            versions.set(w.streamId, version)
          }
          for (const chunk of chunksOf(values, 12 * 80)) {
            yield* sql.unsafe(
              `INSERT INTO events (${eventColumns}) VALUES ${placeholders(chunk.length / 12, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")}`,
              chunk,
            )
          }
          if (readModels.models.length > 0) {
            yield* readModels.catchUp(readPage, previous.position)
            yield* readModels.projectAppended(stored, previous.position)
          }
          return { events: stored, duplicate: false } satisfies AppendResult
        }),
      ).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("append")(e))))
    })

  const verify: Effect.Effect<ChainVerification, EventStoreFailure> = Effect.gen(function* () {
    let previousHash = genesisHash
    let previousPosition = 0
    let checked = 0
    while (true) {
      const rows = yield* sql.unsafe<EventRow>(
        `SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT 1000`,
        [previousPosition],
      )
      if (rows.length === 0) return { intact: true, checked, head: previousHash } satisfies ChainVerification
      const events: Array<StoredEvent> = []
      let unreadable: EventRow | undefined
      for (const row of rows) {
        try {
          events.push(storedEventOf(row))
        } catch {
          unreadable = row
          break
        }
      }
      const page = verifyChain(events, previousHash, previousPosition, nodeChainHash)
      if (!page.intact) return { ...page, checked: checked + page.checked }
      checked += page.checked
      if (unreadable !== undefined) {
        const at = unreadable.position === previousPosition + events.length + 1 ? unreadable.position : undefined
        return {
          intact: false,
          checked,
          position: at ?? previousPosition + events.length + 1,
          reason:
            at === undefined
              ? `event at position ${previousPosition + events.length + 1} is missing`
              : `the payload of event ${at} is not JSON: it was altered`,
        } satisfies ChainVerification
      }
      previousHash = page.head
      previousPosition = events.at(-1)!.position
    }
  }).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("verify")(e))))

  // Not annotated, so that it also fits a port that does not (yet) have every method listed here.
  const store = {
    append,
    readByIdempotencyKey: (key: string) =>
      Effect.flatMap(
        sql.unsafe<EventRow>(`SELECT ${eventColumns} FROM events WHERE idempotency_key = ? ORDER BY position`, [key]),
        (rows) => decode("read", rows),
      ).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("read")(e)))),
    readStream: (streamId: string) =>
      Effect.flatMap(
        sql.unsafe<EventRow>(`SELECT ${eventColumns} FROM events WHERE stream_id = ? ORDER BY version`, [streamId]),
        (rows) => decode("read", rows),
      ).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("read")(e)))),
    readAll: (options: ReadAllOptions = {}) =>
      readPage(options.after ?? 0, options.limit === undefined ? -1 : Math.max(0, options.limit)).pipe(
        Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("read")(e))),
      ),
    streamVersion: (streamId: string) =>
      Effect.map(
        sql.unsafe<{ version: number }>("SELECT COALESCE(MAX(version), 0) AS version FROM events WHERE stream_id = ?", [
          streamId,
        ]),
        (rows) => rows[0]?.version ?? 0,
      ).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("read")(e)))),
    lastPosition: Effect.map(head, (h) => h.position).pipe(
      Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("read")(e))),
    ),
    verify,
  }
  return { store, readPage, head, sqlFailure }
}
