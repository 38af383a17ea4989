import { Store } from "@weerbaar/core"
import { Effect } from "effect"
import { attempt } from "../attempt.js"
import type { Connection } from "../Connection.js"
import type { DurableCommits } from "../durableCommits.js"
import { type EventRow, eventColumns, storedEventOf } from "../eventRows.js"
import { nodeChainHash } from "../nodeChainHash.js"
import { sqlFailure } from "./storeFailure.js"

/**
 * Checks the hash chain of the whole log with core's `verifyChain`, a thousand events at a time,
 * synchronously (throws the driver's error); a row that cannot be decoded, or a position missing,
 * breaks the chain there.
 */
export const verifyLogNow = (sql: Connection): Store.ChainVerification => {
  let previousHash = Store.genesisHash
  let previousPosition = 0
  let checked = 0
  while (true) {
    const rows = sql.all<EventRow>(
      `SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT 1000`,
      [previousPosition],
    )
    if (rows.length === 0) return { intact: true, checked, head: previousHash }
    const events: Array<Store.StoredEvent> = []
    let unreadable: EventRow | undefined
    for (const row of rows) {
      try {
        events.push(storedEventOf(row))
      } catch {
        unreadable = row
        break
      }
    }
    const page = Store.verifyChain(events, previousHash, previousPosition, nodeChainHash)
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
      }
    }
    previousHash = page.head
    previousPosition = events.at(-1)!.position
  }
}

/** The store's `verify`: {@link verifyLogNow} as an effect, answered once earlier commits are on disk. */
export const verifyLog = (
  sql: Connection,
  durable: DurableCommits,
): Effect.Effect<Store.ChainVerification, Store.EventStoreFailure> =>
  attempt(() => verifyLogNow(sql)).pipe(
    Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("verify")(e))),
    Effect.zipLeft(durable.settled),
  )
