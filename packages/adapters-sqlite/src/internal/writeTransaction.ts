import * as path from "node:path"
import { type SqlClient, TransactionConnection } from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Exit } from "effect"
import type { Connection } from "./Connection.js"

// better-sqlite3 is synchronous: a connection that waits for SQLite's write lock blocks the whole
// thread, so a second connection of the same process could never commit and release it. Writers of
// one process therefore queue here, per file; writers in other processes wait in SQLite's busy timeout.
const writersByFile = new Map<string, Effect.Semaphore>()

const writerQueueOf = (filename: string): Effect.Semaphore => {
  const key = path.resolve(filename)
  let queue = writersByFile.get(key)
  if (queue === undefined) {
    queue = Effect.unsafeMakeSemaphore(1)
    writersByFile.set(key, queue)
  }
  return queue
}

/** Runs effects in a write transaction on one file. */
export type WriteTransaction = <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E | SqlError, R>

type Run = (text: string) => Effect.Effect<unknown, SqlError>

/**
 * A transaction that takes SQLite's write lock at its start (`BEGIN IMMEDIATE`), so it never reads
 * a state that another writer changes before it commits.
 */
const transactionOn =
  (
    filename: string,
    run: Run,
    around: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>,
    onRollback: () => void = () => {},
  ) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | SqlError, R> =>
    writerQueueOf(filename).withPermits(1)(
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function* () {
          yield* run("BEGIN IMMEDIATE")
          const exit = yield* Effect.exit(restore(around(effect)))
          const committed: Exit.Exit<unknown, E | SqlError> = Exit.isSuccess(exit)
            ? yield* Effect.exit(run("COMMIT"))
            : exit
          if (Exit.isFailure(committed)) {
            // SQLite may already have rolled back by itself (e.g. a full disk): then this fails harmlessly.
            yield* Effect.ignore(run("ROLLBACK"))
            onRollback()
            return yield* Effect.failCause(committed.cause)
          }
          return yield* exit
        }),
      ),
    )

/** Write transactions on the store's own connection; `onRollback` hears of every rollback. */
export const makeWriteTransaction = (
  connection: Connection,
  filename: string,
  onRollback: () => void,
): WriteTransaction =>
  transactionOn(
    filename,
    (text) => connection.unsafe(text),
    (effect) => effect,
    onRollback,
  )

/**
 * Write transactions on an `@effect/sql` client, for the migrator: its own `withTransaction`
 * calls inside become savepoints.
 */
export const makeSqlClientWriteTransaction =
  (sql: SqlClient, filename: string): WriteTransaction =>
  (effect) =>
    Effect.scoped(
      Effect.flatMap(sql.reserve, (connection) =>
        transactionOn(
          filename,
          (text) => connection.executeUnprepared(text, [], undefined),
          (inner) => Effect.provideService(inner, TransactionConnection, [connection, 0] as const),
        )(effect),
      ),
    )
