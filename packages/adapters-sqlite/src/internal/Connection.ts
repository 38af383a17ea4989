import { SqlError } from "@effect/sql/SqlError"
import Database from "better-sqlite3"
import { Effect } from "effect"

/** A value SQLite binds to a `?`. */
export type Parameter = string | number | bigint | Buffer | null

/**
 * One better-sqlite3 connection with prepared statements kept per SQL text. The store's hot path
 * (probe, insert, read-model rows) runs a dozen statements per command: through this they cost what
 * SQLite costs, a few microseconds each, instead of a generic SQL client's tracing and caching.
 * Failures are `SqlError`s, as from `@effect/sql`, with the driver's error as the cause.
 */
export interface Connection {
  /** Runs one query now and returns its rows; throws the driver's error. */
  readonly all: <Row>(text: string, params?: ReadonlyArray<Parameter>) => ReadonlyArray<Row>
  /** Runs one statement that returns no rows now; throws the driver's error. */
  readonly run: (text: string, params?: ReadonlyArray<Parameter>) => void
  /** Runs one statement; returns the rows of a query and nothing for any other statement. */
  readonly unsafe: <Row = never>(
    text: string,
    params?: ReadonlyArray<Parameter>,
  ) => Effect.Effect<ReadonlyArray<Row>, SqlError>
  /** Whether a transaction is open: SQLite ends one by itself on some errors (a full disk). */
  readonly inTransaction: () => boolean
  /** Copies the whole database to a new file while it stays open. */
  readonly backup: (destination: string) => Effect.Effect<void, SqlError>
}

// Statements with a variable number of placeholders (IN lists, multi-row inserts) would grow the
// cache without end: keep the latest ones only.
const statementCacheSize = 256

/** Opens `filename` (creating it) in WAL mode, with the given busy timeout; closed by the scope. */
export const openConnection = (filename: string, busyTimeoutMs: number) =>
  Effect.acquireRelease(
    Effect.try({
      try: () => {
        const db = new Database(filename, { timeout: busyTimeoutMs })
        try {
          db.pragma("journal_mode = WAL")
          db.pragma("foreign_keys = ON")
          db.pragma("synchronous = FULL")
        } catch (cause) {
          db.close()
          throw cause
        }
        return db
      },
      catch: (cause) => new SqlError({ cause, message: "Failed to open the database" }),
    }),
    (db) => Effect.sync(() => db.close()),
  ).pipe(Effect.map(connectionOn))

const connectionOn = (db: Database.Database): Connection => {
  const statements = new Map<string, Database.Statement>()
  const prepared = (text: string): Database.Statement => {
    const known = statements.get(text)
    if (known !== undefined) return known
    const statement = db.prepare(text)
    statements.set(text, statement)
    // The oldest goes first: a statement in constant use is prepared again now and then, no more.
    if (statements.size > statementCacheSize) statements.delete(statements.keys().next().value as string)
    return statement
  }
  const execute = <Row>(text: string, params: ReadonlyArray<Parameter> = []): ReadonlyArray<Row> => {
    const statement = prepared(text)
    if (statement.reader) return statement.all(...params) as ReadonlyArray<Row>
    statement.run(...params)
    return []
  }
  return {
    all: execute,
    run: (text, params = []) => {
      prepared(text).run(...params)
    },
    inTransaction: () => db.inTransaction,
    unsafe: <Row>(text: string, params: ReadonlyArray<Parameter> = []) =>
      Effect.try({
        try: () => execute<Row>(text, params),
        catch: (cause) => new SqlError({ cause, message: `Failed to execute statement: ${String(cause)}` }),
      }),
    backup: (destination) =>
      Effect.tryPromise({
        try: () => db.backup(destination),
        catch: (cause) => new SqlError({ cause, message: "Failed to back up the database" }),
      }).pipe(Effect.asVoid),
  }
}
