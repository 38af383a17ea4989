import Database from "better-sqlite3"

/**
 * The raw limit's database: better-sqlite3 on a WAL file with `synchronous = FULL`, and the same
 * events table (columns, uniqueness, idempotency index) as the weerbaar store.
 */
export const openRawEventsTable = (filename: string): Database.Database => {
  const db = new Database(filename)
  db.pragma("journal_mode = WAL")
  db.pragma("synchronous = FULL")
  db.pragma("busy_timeout = 5000")
  db.exec(`CREATE TABLE events (position INTEGER PRIMARY KEY, stream_id TEXT NOT NULL, version INTEGER NOT NULL,
    type TEXT NOT NULL, schema_version INTEGER NOT NULL, payload TEXT NOT NULL, actor TEXT, correlation_id TEXT,
    causation_id TEXT, idempotency_key TEXT, recorded_at TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream_id, version)) STRICT;
    CREATE INDEX events_by_idempotency_key ON events (idempotency_key) WHERE idempotency_key IS NOT NULL`)
  return db
}
