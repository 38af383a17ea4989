import type { Store } from "@weerbaar/core"
import { Effect } from "effect"
import { attempt } from "./attempt.js"
import type { Signer } from "./checkpoints/makeSigner.js"
import type { Connection } from "./Connection.js"
import type { DurableCommits } from "./durableCommits.js"
import { makeAppend } from "./eventLog/append.js"
import { makeDurableReads } from "./eventLog/durableReads.js"
import { readAll } from "./eventLog/readAll.js"
import { readByIdempotencyKey } from "./eventLog/readByIdempotencyKey.js"
import { readHead } from "./eventLog/readHead.js"
import { readPage } from "./eventLog/readPage.js"
import { readStream } from "./eventLog/readStream.js"
import { sqlFailure } from "./eventLog/storeFailure.js"
import { readStreamVersion } from "./eventLog/streamVersion.js"
import { verifyLog } from "./eventLog/verify.js"
import type { ReadPage } from "./readModels/catchUp.js"
import type { ReadModelTables } from "./ReadModelTables.js"

/**
 * The `events` table as core's `EventStoreShape`: each operation in its own file under
 * `eventLog/`, every read answered only with what is on disk.
 */
export const makeEventLog = (
  sql: Connection,
  filename: string,
  readModels: ReadModelTables,
  durable: DurableCommits,
  signer?: Signer,
) => {
  const readPageNow: ReadPage = (after, limit) => readPage(sql, after, limit)
  const readPageOnDisk = (after: number, limit: number) =>
    Effect.zipLeft(
      attempt(() => readPageNow(after, limit)),
      durable.settled,
    )
  const headNow = () => readHead(sql)
  const reads = makeDurableReads(durable, headNow().position)

  // Not annotated, so that it also fits a port that does not (yet) have every method listed here.
  const store = {
    append: makeAppend({ sql, filename, readModels, durable, reads, readPageNow, signer }),
    readByIdempotencyKey: (key: string) => reads.readingEvents(() => readByIdempotencyKey(sql, key)),
    readStream: (streamId: string) => reads.readingEvents(() => readStream(sql, streamId)),
    readAll: (options: Store.ReadAllOptions = {}) => reads.readingEvents(() => readAll(sql, options)),
    streamVersion: (streamId: string) => reads.reading(() => readStreamVersion(sql, streamId)),
    lastPosition: reads.readingPosition(() => headNow().position),
    verify: verifyLog(sql, durable),
  }
  return { store, readPage: readPageOnDisk, readPageNow, headNow, sqlFailure }
}
