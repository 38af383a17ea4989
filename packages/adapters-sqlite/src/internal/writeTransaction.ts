import * as path from "node:path"
import { type SqlClient, TransactionConnection } from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { Effect, Exit } from "effect"

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

/**
 * A transaction that takes SQLite's write lock at its start (`BEGIN IMMEDIATE`), so it never reads
 * a state that another writer changes before it commits. Nested `withTransaction` calls inside it
 * become savepoints.
 */
export const makeWriteTransaction = (sql: SqlClient, filename: string): WriteTransaction => {
  const queue = writerQueueOf(filename)
  return <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | SqlError, R> =>
    queue.withPermits(1)(
      Effect.scoped(
        Effect.uninterruptibleMask((restore) =>
          Effect.gen(function* () {
            const connection = yield* sql.reserve
            yield* connection.executeUnprepared("BEGIN IMMEDIATE", [], undefined)
            const exit = yield* Effect.exit(
              restore(Effect.provideService(effect, TransactionConnection, [connection, 0] as const)),
            )
            const committed: Exit.Exit<unknown, E | SqlError> = Exit.isSuccess(exit)
              ? yield* Effect.exit(connection.executeUnprepared("COMMIT", [], undefined))
              : exit
            if (Exit.isFailure(committed)) {
              // SQLite may already have rolled back by itself (e.g. a full disk): then this fails harmlessly.
              yield* Effect.ignore(connection.executeUnprepared("ROLLBACK", [], undefined))
              return yield* Effect.failCause(committed.cause)
            }
            return yield* exit
          }),
        ),
      ),
    )
}
