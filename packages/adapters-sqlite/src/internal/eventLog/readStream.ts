import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { type EventRow, eventColumns } from "../eventRows.js"
import { decodeRows } from "./decodeRows.js"

/** The events of one stream, by version. */
export const readStream = (sql: Connection, streamId: string): ReadonlyArray<Store.StoredEvent> =>
  decodeRows(
    "read",
    sql.all<EventRow>(`SELECT ${eventColumns} FROM events WHERE stream_id = ? ORDER BY version`, [streamId]),
  )
