import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { type EventRow, eventColumns } from "../eventRows.js"
import { decodeRows } from "./decodeRows.js"

/** The events after position `after`, in log order, at most `limit` (all of them for -1). */
export const readPage = (sql: Connection, after: number, limit: number): ReadonlyArray<Store.StoredEvent> =>
  decodeRows(
    "read",
    sql.all<EventRow>(`SELECT ${eventColumns} FROM events WHERE position > ? ORDER BY position LIMIT ?`, [
      after,
      limit,
    ]),
  )
