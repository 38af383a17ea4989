import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import { type EventRow, eventColumns } from "../eventRows.js"
import { decodeRows } from "./decodeRows.js"
import { readPage } from "./readPage.js"

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

/** The events of the whole log, or of the streams whose id starts with a prefix, in log order. */
export const readAll = (sql: Connection, options: Store.ReadAllOptions): ReadonlyArray<Store.StoredEvent> => {
  const after = options.after ?? 0
  const limit = options.limit === undefined ? -1 : Math.max(0, options.limit)
  const prefix = options.streamPrefix ?? ""
  if (prefix === "") return readPage(sql, after, limit)
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
}
