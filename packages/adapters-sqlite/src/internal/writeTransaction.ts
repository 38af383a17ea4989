import { type SqlClient, TransactionConnection } from "@effect/sql/SqlClient"
import { SqlError } from "@effect/sql/SqlError"
import type { Store } from "@weerbaar/core"
import { Effect, Exit } from "effect"
import type { Connection } from "./Connection.js"
import type { DurableCommits } from "./durableCommits.js"
import { writersOf } from "./fileWriters.js"

/** Runs effects in a write transaction on one file. */
export type WriteTransaction = <A, E, R>(
  effect: Effect.Effect<A, E, R>,
) => Effect.Effect<A, E | SqlError | Store.EventStoreFailure, R>

type Run = (text: string) => Effect.Effect<unknown, SqlError>

/**
 * A transaction that takes SQLite's write lock at its start (`BEGIN IMMEDIATE`), so it never reads
 * a state that another writer changes before it commits. It ends once its commit is on disk.
 */
const transactionOn =
  (
    filename: string,
    run: Run,
    around: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>,
    onRollback: () => void = () => {},
    commit: Effect.Effect<unknown, SqlError | Store.EventStoreFailure> = run("COMMIT"),
    broken: () => Store.EventStoreFailure | undefined = () => undefined,
  ) =>
  <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E | SqlError | Store.EventStoreFailure, R> => {
    const writers = writersOf(filename)
    return writers.queue.withPermits(1)(
      Effect.uninterruptibleMask((restore) =>
        Effect.gen(function* () {
          writers.open++
          const exit = yield* Effect.exit(
            Effect.gen(function* () {
              const failed = broken()
              if (failed !== undefined) return yield* failed
              yield* run("BEGIN IMMEDIATE")
              const value = yield* restore(around(effect))
              yield* commit
              return value
            }),
          )
          if (Exit.isFailure(exit)) {
            // SQLite may already have rolled back by itself (e.g. a full disk): then this fails harmlessly.
            yield* Effect.ignore(run("ROLLBACK"))
            onRollback()
          }
          writers.open--
          return yield* exit
        }),
      ),
    )
  }

/**
 * Write transactions on the store's own connection; `onRollback` hears of every rollback, and
 * each commit is on disk when its transaction ends.
 */
export const makeWriteTransaction = (
  connection: Connection,
  filename: string,
  onRollback: () => void,
  durable: DurableCommits,
): WriteTransaction =>
  transactionOn(
    filename,
    (text) => connection.unsafe(text),
    (effect) => effect,
    onRollback,
    // The commit is noted in the same step, so that no read in between takes it for synced.
    Effect.async<void, SqlError | Store.EventStoreFailure>((resume) => {
      try {
        connection.run("COMMIT")
      } catch (cause) {
        return resume(Effect.fail(new SqlError({ cause, message: `Failed to commit: ${String(cause)}` })))
      }
      durable.committed(true, (failure) => resume(failure === undefined ? Effect.void : Effect.fail(failure)))
    }),
    durable.failed,
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
