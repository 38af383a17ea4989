import * as SqliteMigrator from "@effect/sql-sqlite-node/SqliteMigrator"
import { SqlClient } from "@effect/sql/SqlClient"
import { Effect } from "effect"

/** `PRAGMA application_id` of a weerbaar store: "WBAR" in ASCII. */
export const weerbaarApplicationId = 0x57424152

/** The schema version this code writes; `PRAGMA user_version` holds a file's version. */
export const currentSchemaVersion = 2

const statements = (...texts: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const sql = yield* SqlClient
    for (const text of texts) yield* sql.unsafe(text)
  })

const initialSchema = statements(
  `CREATE TABLE events (
    position INTEGER PRIMARY KEY,
    stream_id TEXT NOT NULL,
    version INTEGER NOT NULL CHECK (version >= 1),
    type TEXT NOT NULL,
    schema_version INTEGER NOT NULL,
    payload TEXT NOT NULL,
    actor TEXT,
    correlation_id TEXT,
    causation_id TEXT,
    idempotency_key TEXT,
    recorded_at TEXT NOT NULL,
    hash TEXT NOT NULL,
    UNIQUE (stream_id, version)
  ) STRICT`,
  "CREATE INDEX events_by_idempotency_key ON events (idempotency_key) WHERE idempotency_key IS NOT NULL",
  "CREATE TRIGGER events_are_never_updated BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
  "CREATE TRIGGER events_are_never_deleted BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'events are append-only'); END",
  `CREATE TABLE read_model_state (
    model TEXT PRIMARY KEY,
    version INTEGER NOT NULL,
    checkpoint INTEGER NOT NULL
  ) STRICT`,
  `CREATE TABLE read_model_rows (
    model TEXT NOT NULL REFERENCES read_model_state (model) ON DELETE CASCADE,
    key TEXT NOT NULL,
    row TEXT NOT NULL,
    PRIMARY KEY (model, key)
  ) STRICT, WITHOUT ROWID`,
  `PRAGMA application_id = ${weerbaarApplicationId}`,
  "PRAGMA user_version = 1",
)

// Version 2: the heads the operator's key signed. Append-only like the events; the private key is
// never stored, only the signature and the id of the key that made it.
const signedCheckpoints = statements(
  `CREATE TABLE signed_checkpoints (
    position INTEGER NOT NULL,
    hash TEXT NOT NULL,
    key_id TEXT NOT NULL,
    signature TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    PRIMARY KEY (position, key_id)
  ) STRICT`,
  "CREATE TRIGGER signed_checkpoints_are_never_updated BEFORE UPDATE ON signed_checkpoints BEGIN SELECT RAISE(ABORT, 'signed checkpoints are append-only'); END",
  "CREATE TRIGGER signed_checkpoints_are_never_deleted BEFORE DELETE ON signed_checkpoints BEGIN SELECT RAISE(ABORT, 'signed checkpoints are append-only'); END",
  "PRAGMA user_version = 2",
)

/** Brings the file's schema up to {@link currentSchemaVersion}; runs inside the opening transaction. */
export const migrate = SqliteMigrator.make({})({
  loader: SqliteMigrator.fromRecord({
    "0001_initial_schema": initialSchema,
    "0002_signed_checkpoints": signedCheckpoints,
  }),
  table: "weerbaar_migrations",
})
