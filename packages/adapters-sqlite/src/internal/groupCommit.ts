import { SqlError } from "@effect/sql/SqlError"
import { EventStoreFailure, StreamVersionConflict } from "@weerbaar/core"
import { Deferred, Effect, Exit, FiberId } from "effect"
import type { Connection } from "./Connection.js"
import type { WriteTransaction } from "./writeTransaction.js"

/** How a unit of work in a batch can fail. */
export type BatchedFailure = StreamVersionConflict | EventStoreFailure | SqlError

interface Job {
  readonly work: () => unknown
  readonly done: Deferred.Deferred<unknown, BatchedFailure>
}

/**
 * Runs one synchronous unit of work (it throws to fail) inside a shared write transaction; its
 * result is known only once that transaction committed.
 */
export type GroupCommit = <A>(work: () => A) => Effect.Effect<A, BatchedFailure>

// Enough to amortise one fsync over a burst of requests, small enough that one batch never holds
// the write lock for long.
const largestBatch = 64

/** Lets the other requests that arrived with this one reach the queue before the batch starts. */
const othersArrive = Effect.async<void>((resume) => {
  const handle = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(handle))
})

const failureOf = (error: unknown): BatchedFailure =>
  error instanceof StreamVersionConflict || error instanceof EventStoreFailure || error instanceof SqlError
    ? error
    : new SqlError({ cause: error, message: error instanceof Error ? error.message : String(error) })

/**
 * Group commit: appends that arrive while others wait share one transaction and so one fsync,
 * the most expensive step of a durable append. Each runs in its own savepoint, so one refused or
 * failed append is rolled back alone; every caller gets its answer only after the commit, and
 * when the commit fails all of the batch fail with it. A lone append waits one turn of the event
 * loop, no more. The work is synchronous, as the driver is: a batch runs without yielding.
 */
export const makeGroupCommit = (
  connection: Connection,
  write: WriteTransaction,
  onRollback: () => void,
): GroupCommit => {
  const pending: Array<Job> = []
  let leading = false

  const inSavepoint = (job: Job): Exit.Exit<unknown, BatchedFailure> => {
    connection.run("SAVEPOINT append")
    try {
      const value = job.work()
      connection.run("RELEASE append")
      return Exit.succeed(value)
    } catch (error) {
      // A failure SQLite answered by rolling back the whole transaction leaves nothing to keep.
      if (!connection.inTransaction()) throw error
      connection.run("ROLLBACK TO append")
      connection.run("RELEASE append")
      onRollback()
      return Exit.fail(failureOf(error))
    }
  }

  const runBatch = (jobs: ReadonlyArray<Job>) =>
    Effect.flatMap(
      Effect.exit(write(Effect.try({ try: () => jobs.map(inSavepoint), catch: failureOf }))),
      (committed) =>
        Exit.match(committed, {
          onFailure: (cause) => Effect.forEach(jobs, (job) => Deferred.failCause(job.done, cause), { discard: true }),
          onSuccess: (exits) => Effect.forEach(jobs, (job, i) => Deferred.done(job.done, exits[i]!), { discard: true }),
        }),
    )

  const nextBatch = Effect.sync(() => {
    const jobs = pending.splice(0, largestBatch)
    if (jobs.length === 0) leading = false
    return jobs
  })

  const lead: Effect.Effect<void> = Effect.zipRight(
    othersArrive,
    Effect.iterate(true, {
      while: (more) => more,
      body: () =>
        Effect.flatMap(nextBatch, (jobs) =>
          jobs.length === 0 ? Effect.succeed(false) : Effect.as(runBatch(jobs), true),
        ),
    }),
  ).pipe(Effect.uninterruptible)

  return <A>(work: () => A): Effect.Effect<A, BatchedFailure> =>
    Effect.suspend(() => {
      const done = Deferred.unsafeMake<unknown, BatchedFailure>(FiberId.none)
      pending.push({ work, done })
      const answer = Deferred.await(done) as Effect.Effect<A, BatchedFailure>
      if (leading) return answer
      leading = true
      return Effect.zipRight(lead, answer)
    })
}
