import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { type EventRow, eventColumns } from "../eventRows.js"
import { decodeRows } from "./decodeRows.js"

/** The rows of the events appended under an idempotency key, in log order; none when it is unused. */
export const rowsWithIdempotencyKey = (sql: Connection, key: string): ReadonlyArray<EventRow> =>
  sql.all<EventRow>(`SELECT ${eventColumns} FROM events WHERE idempotency_key = ? ORDER BY position`, [key])

/** The events appended under an idempotency key, in log order. */
export const readByIdempotencyKey = (sql: Connection, key: string): ReadonlyArray<Store.StoredEvent> =>
  decodeRows("read", rowsWithIdempotencyKey(sql, key))
