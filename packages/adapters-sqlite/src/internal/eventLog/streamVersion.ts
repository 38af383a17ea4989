import type { Connection } from "../Connection.js"

/** The version of one stream: its last event's, 0 when it has none. */
export const readStreamVersion = (sql: Connection, streamId: string): number =>
  sql.all<{ version: number | null }>("SELECT MAX(version) AS version FROM events WHERE stream_id = ?", [streamId])[0]
    ?.version ?? 0
