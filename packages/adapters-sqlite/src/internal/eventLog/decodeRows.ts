import { Store } from "@weerbaar/core"
import { type EventRow, storedEventOf } from "../eventRows.js"

/** Decodes rows of the log; a payload that is not JSON fails `operation`, naming the altered event. */
export const decodeRows = (operation: string, rows: ReadonlyArray<EventRow>): ReadonlyArray<Store.StoredEvent> => {
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
    throw new Store.EventStoreFailure({
      operation,
      reason: `the payload of event ${damaged?.position ?? "?"} is not JSON: the store was altered; run verify`,
    })
  }
}
