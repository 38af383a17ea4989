import type { SqlError } from "@effect/sql/SqlError"
import {
  type AppendResult,
  type ChainVerification,
  EventStoreFailure,
  type EventStoreShape,
  type ReadAllOptions,
  genesisHash,
  rememberAppended,
  type StoredEvent,
  StreamVersionConflict,
  type Timestamp,
  timestampOf,
  verifyChain,
} from "@weerbaar/core"
import { Clock, Effect } from "effect"
import { type EventRow, eventColumns, normalizeMetadata, rowValuesOf, storedEventOf } from "./eventRows.js"
import { attempt } from "./attempt.js"
import type { Connection, Parameter } from "./Connection.js"
import type { DurableCommits } from "./durableCommits.js"
import { makeGroupCommit } from "./groupCommit.js"
import { nodeChainHash } from "./nodeChainHash.js"
import type { ReadModelTables, ReadPage } from "./ReadModelTables.js"
import { chunksOf, placeholders } from "./sqlText.js"

// A command appends to its own stream and holds a few others (the model, a token): each is one
// index lookup. Beyond this many, one query asks for them all.
const streamsLookedUpOneByOne = 8

/** The store's failure for a driver error: a clear reason for a lock held too long. */
const driverFailure = (operation: string, cause: unknown): EventStoreFailure => {
  const error = cause as { code?: unknown; message?: unknown } | undefined
  const reason =
    error?.code === "SQLITE_BUSY"
      ? "the store stayed locked by another writer longer than the busy timeout"
      : String(error?.message ?? cause)
  return new EventStoreFailure({ operation, reason })
}

const sqlFailure =
  (operation: string) =>
  (error: SqlError): EventStoreFailure =>
    driverFailure(operation, error.cause ?? error)

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

/** Runs a synchronous read as an effect whose only failure is `EventStoreFailure`. */
const readingNow = <A>(work: () => A): Effect.Effect<A, EventStoreFailure> =>
  Effect.try({ try: work, catch: (e) => (e instanceof EventStoreFailure ? e : driverFailure("read", e)) })

const decodeRows = (operation: string, rows: ReadonlyArray<EventRow>): ReadonlyArray<StoredEvent> => {
  try {
    return rows.map(storedEventOf)
  } catch {
    const damaged = rows.find((row) => {
      try {
        JSON.parse(row.payload)
        return false
      } catch {
        return true
      }
    })
    throw new EventStoreFailure({
      operation,
      reason: `the payload of event ${damaged?.position ?? "?"} is not JSON: the store was altered; run verify`,
    })
  }
}

/**
 * The least text above every text that starts with `prefix` in SQLite's binary (UTF-8 byte) order:
 * the prefix with its last character raised by one; none when every character is the highest.
 */
export const justAfterEveryIdStartingWith = (prefix: string): string | undefined => {
  const points = Array.from(prefix, (c) => c.codePointAt(0)!)
  while (points.length > 0) {
    const last = points.pop()!
    // Surrogates are not characters: above U+D7FF comes U+E000.
    if (last < 0x10ffff) return String.fromCodePoint(...points, last === 0xd7ff ? 0xe000 : last + 1)
  }
  return undefined
}

/** The `events` table as core's {@link EventStoreShape}. */
export const makeEventLog = (
  sql: Connection,
  filename: string,
  readModels: ReadModelTables,
  durable: DurableCommits,
) => {
  // Where the log ends and the versions of the streams appended to or held so far, as the batch's
  // transaction has them: the appends of a batch follow one another under the write lock, so each
  // after the first knows these without a query. Forgotten as the transaction ends or a savepoint
  // is rolled back.
  let batchHead: { readonly position: number; readonly hash: string } | undefined
  const batchVersions = new Map<string, number>()
  const forgetBatch = () => {
    batchHead = undefined
    batchVersions.clear()
  }
  const inBatch = makeGroupCommit(
    sql,
    filename,
    {
      savepointTaken: readModels.unsettledMark,
      rolledBackTo: (mark) => {
        forgetBatch()
        readModels.rollBackTo(mark)
      },
      rolledBack: () => {
        forgetBatch()
        readModels.forget()
      },
      beforeCommit: () => {
        forgetBatch()
        readModels.settle()
      },
    },
    durable,
  )
  /** Runs a synchronous read and answers once every commit it could have seen is on disk. */
  const reading = <A>(work: () => A): Effect.Effect<A, EventStoreFailure> =>
    Effect.zipLeft(readingNow(work), durable.settled)

  const readPageNow: ReadPage = (after, limit) =>
    decodeRows(
      "read",
      sql.all<EventRow>(`SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT ?`, [
        after,
        limit,
      ]),
    )
  const readPage = (after: number, limit: number) =>
    Effect.zipLeft(
      attempt(() => readPageNow(after, limit)),
      durable.settled,
    )

  const versionNow = (streamId: string) =>
    sql.all<{ version: number | null }>("SELECT MAX(version) AS version FROM events WHERE stream_id = ?", [streamId])[0]
      ?.version ?? 0

  const headNow = () =>
    sql.all<{ position: number; hash: string }>(
      "SELECT position, hash FROM events ORDER BY position DESC LIMIT 1",
    )[0] ?? {
      position: 0,
      hash: genesisHash,
    }

  // The log is on disk up to here: as it was when the store opened, and up to every append answered
  // since (a sync covers every commit before it). The log only grows, so events read that all lie
  // at or below it are what a reader after a power failure would read too: they need no wait.
  // After a failed sync the store answers nothing more, these reads included.
  let onDiskUpTo = headNow().position
  const onDisk = (position: number) => position <= onDiskUpTo && durable.failed() === undefined
  const readingEvents = (work: () => ReadonlyArray<StoredEvent>) =>
    Effect.flatMap(readingNow(work), (events) =>
      events.every((e) => onDisk(e.position)) ? Effect.succeed(events) : Effect.as(durable.settled, events),
    )

  /** Appends under the write lock, synchronously: the lookups, the checks, one insert, the read models. */
  const appendNow = (
    writes: Parameters<EventStoreShape["append"]>[0],
    normalized: ReturnType<typeof normalizeMetadata>,
    payloads: ReadonlyArray<ReadonlyArray<string>>,
    recordedAt: Timestamp,
  ): AppendResult => {
    // Simple indexed lookups: a query that asks it all at once costs SQLite more than these.
    if (normalized.idempotencyKey !== undefined) {
      const earlier = sql.all<EventRow>(
        `SELECT ${eventColumns} FROM events WHERE idempotency_key = ? ORDER BY position`,
        [normalized.idempotencyKey],
      )
      if (earlier.length > 0) return { events: decodeRows("append", earlier), duplicate: true }
    }
    const streamIds = [...new Set(writes.map((w) => w.streamId))]
    const versions = new Map<string, number>()
    if (streamIds.length <= streamsLookedUpOneByOne) {
      for (const streamId of streamIds) versions.set(streamId, batchVersions.get(streamId) ?? versionNow(streamId))
    } else {
      for (const chunk of chunksOf(streamIds, 500)) {
        const rows = sql.all<{ stream_id: string; version: number }>(
          `SELECT stream_id, MAX(version) AS version FROM events WHERE stream_id IN (${placeholders(chunk.length)}) GROUP BY stream_id`,
          chunk,
        )
        for (const row of rows) versions.set(row.stream_id, row.version)
      }
    }
    for (const w of writes) {
      const actualVersion = versions.get(w.streamId) ?? 0
      if (actualVersion !== w.expectedVersion) {
        throw new StreamVersionConflict({ streamId: w.streamId, expectedVersion: w.expectedVersion, actualVersion })
      }
    }
    const previous = batchHead ?? headNow()
    const stored: Array<StoredEvent> = []
    const values: Array<Parameter> = []
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
        const storedEvent: StoredEvent = Object.assign(unhashed, { hash })
        rememberAppended(event, storedEvent)
        stored.push(storedEvent)
        values.push(...rowValuesOf(storedEvent, payloadText))
      }
      versions.set(w.streamId, version)
    }
    for (const chunk of chunksOf(values, 12 * 80)) {
      sql.run(
        `INSERT INTO events (${eventColumns}) VALUES ${placeholders(chunk.length / 12, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")}`,
        chunk,
      )
    }
    if (readModels.models.length > 0) {
      readModels.catchUp(readPageNow, previous.position)
      readModels.projectAppended(stored, previous.position)
    }
    batchHead = { position, hash }
    for (const [streamId, version] of versions) batchVersions.set(streamId, version)
    return { events: stored, duplicate: false }
  }

  const append: EventStoreShape["append"] = (writes, metadata) =>
    Effect.flatMap(Clock.currentTimeMillis, (now) => {
      const problem = invalidWrite(writes)
      if (problem !== undefined) return Effect.fail(new EventStoreFailure({ operation: "append", reason: problem }))
      const recordedAt = timestampOf(new Date(now))
      const normalized = normalizeMetadata(metadata ?? {})
      let payloads: ReadonlyArray<ReadonlyArray<string>>
      try {
        payloads = writes.map((w) => w.events.map((e) => JSON.stringify(e.payload) ?? "null"))
      } catch (e) {
        return Effect.fail(
          new EventStoreFailure({ operation: "append", reason: `a payload is not JSON: ${String(e)}` }),
        )
      }
      return inBatch(() => appendNow(writes, normalized, payloads, recordedAt)).pipe(
        Effect.tap((result) => {
          const last = result.events.at(-1)?.position ?? 0
          if (last > onDiskUpTo) onDiskUpTo = last
        }),
        Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("append")(e))),
      )
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
      if (!page.intact) return Object.assign({}, page, { checked: checked + page.checked })
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
  }).pipe(
    Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("verify")(e))),
    Effect.zipLeft(durable.settled),
  )

  const eventsWhere = (condition: string, value: string) =>
    readingEvents(() =>
      decodeRows("read", sql.all<EventRow>(`SELECT ${eventColumns} FROM events WHERE ${condition}`, [value])),
    )

  // Not annotated, so that it also fits a port that does not (yet) have every method listed here.
  const store = {
    append,
    readByIdempotencyKey: (key: string) => eventsWhere("idempotency_key = ? ORDER BY position", key),
    readStream: (streamId: string) => eventsWhere("stream_id = ? ORDER BY version", streamId),
    readAll: (options: ReadAllOptions = {}) =>
      readingEvents(() => {
        const after = options.after ?? 0
        const limit = options.limit === undefined ? -1 : Math.max(0, options.limit)
        const prefix = options.streamPrefix ?? ""
        if (prefix === "") return readPageNow(after, limit)
        // A range on stream_id, so that the (stream_id, version) index finds the streams.
        const above = justAfterEveryIdStartingWith(prefix)
        return decodeRows(
          "read",
          above === undefined
            ? sql.all<EventRow>(
                `SELECT ${eventColumns} FROM events WHERE stream_id >= ? AND position > ? ORDER BY position LIMIT ?`,
                [prefix, after, limit],
              )
            : sql.all<EventRow>(
                `SELECT ${eventColumns} FROM events WHERE stream_id >= ? AND stream_id < ? AND position > ? ORDER BY position LIMIT ?`,
                [prefix, above, after, limit],
              ),
        )
      }),
    streamVersion: (streamId: string) => reading(() => versionNow(streamId)),
    lastPosition: Effect.flatMap(readingNow(headNow), ({ position }) =>
      onDisk(position) ? Effect.succeed(position) : Effect.as(durable.settled, position),
    ),
    verify,
  }
  return { store, readPage, readPageNow, headNow, sqlFailure }
}
