import { Kernel, Store } from "@weerbaar/core"
import { Clock, Effect } from "effect"
import type { Signer } from "../checkpoints/makeSigner.js"
import type { Connection, Parameter } from "../Connection.js"
import type { DurableCommits } from "../durableCommits.js"
import { eventColumns, normalizeMetadata, rowValuesOf } from "../eventRows.js"
import { makeGroupCommit } from "../groupCommit.js"
import { nodeChainHash } from "../nodeChainHash.js"
import type { ReadPage } from "../readModels/catchUp.js"
import type { ReadModelTables } from "../ReadModelTables.js"
import { chunksOf, placeholders } from "../sqlText.js"
import { decodeRows } from "./decodeRows.js"
import type { DurableReads } from "./durableReads.js"
import { rowsWithIdempotencyKey } from "./readByIdempotencyKey.js"
import { readHead } from "./readHead.js"
import { sqlFailure } from "./storeFailure.js"
import { readStreamVersion } from "./streamVersion.js"

// A command appends to its own stream and holds a few others (the model, a token): each is one
// index lookup. Beyond this many, one query asks for them all.
const streamsLookedUpOneByOne = 8

/** What is wrong with the shape of an append, checked before anything is touched. */
const invalidWrite = (writes: Parameters<Store.EventStoreShape["append"]>[0]): string | undefined => {
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

/**
 * Core's `append` on the `events` table: checks the writes' shape, then appends them in a batch of
 * the group commit, with their read models, and answers once the batch's commit is on disk.
 */
export const makeAppend = (options: {
  readonly sql: Connection
  readonly filename: string
  readonly readModels: ReadModelTables
  readonly durable: DurableCommits
  readonly reads: DurableReads
  readonly readPageNow: ReadPage
  readonly signer: Signer | undefined
}): Store.EventStoreShape["append"] => {
  const { sql, filename, readModels, durable, reads, readPageNow, signer } = options
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

  /** Appends under the write lock, synchronously: the lookups, the checks, one insert, the read models. */
  const appendNow = (
    writes: Parameters<Store.EventStoreShape["append"]>[0],
    normalized: ReturnType<typeof normalizeMetadata>,
    payloads: ReadonlyArray<ReadonlyArray<string>>,
    recordedAt: Kernel.Timestamp,
  ): Store.AppendResult => {
    // Simple indexed lookups: a query that asks it all at once costs SQLite more than these.
    if (normalized.idempotencyKey !== undefined) {
      const earlier = rowsWithIdempotencyKey(sql, normalized.idempotencyKey)
      if (earlier.length > 0) return { events: decodeRows("append", earlier), duplicate: true }
    }
    const streamIds = [...new Set(writes.map((w) => w.streamId))]
    const versions = new Map<string, number>()
    if (streamIds.length <= streamsLookedUpOneByOne) {
      for (const streamId of streamIds) {
        versions.set(streamId, batchVersions.get(streamId) ?? readStreamVersion(sql, streamId))
      }
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
        throw new Store.StreamVersionConflict({
          streamId: w.streamId,
          expectedVersion: w.expectedVersion,
          actualVersion,
        })
      }
    }
    const previous = batchHead ?? readHead(sql)
    const stored: Array<Store.StoredEvent> = []
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
        const storedEvent: Store.StoredEvent = Object.assign(unhashed, { hash })
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
    if (signer !== undefined && stored.length > 0) signer.afterAppend(stored, { position, hash }, recordedAt)
    batchHead = { position, hash }
    for (const [streamId, version] of versions) batchVersions.set(streamId, version)
    return { events: stored, duplicate: false }
  }

  return (writes, metadata) =>
    Effect.flatMap(Clock.currentTimeMillis, (now) => {
      const problem = invalidWrite(writes)
      if (problem !== undefined)
        return Effect.fail(new Store.EventStoreFailure({ operation: "append", reason: problem }))
      const recordedAt = Kernel.timestampOf(new Date(now))
      const normalized = normalizeMetadata(metadata ?? {})
      let payloads: ReadonlyArray<ReadonlyArray<string>>
      try {
        payloads = writes.map((w) => w.events.map((e) => JSON.stringify(e.payload) ?? "null"))
      } catch (e) {
        return Effect.fail(
          new Store.EventStoreFailure({ operation: "append", reason: `a payload is not JSON: ${String(e)}` }),
        )
      }
      return inBatch(() => appendNow(writes, normalized, payloads, recordedAt)).pipe(
        Effect.tap((result) => reads.answered(result.events.at(-1)?.position ?? 0)),
        Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("append")(e))),
      )
    })
}
