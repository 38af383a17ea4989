import type { SqlError } from "@effect/sql/SqlError"
import { Deferred, Effect, Exit, FiberId } from "effect"
import type { Connection } from "./Connection.js"
import type { WriteTransaction } from "./writeTransaction.js"

interface Job {
  readonly work: Effect.Effect<unknown, unknown>
  readonly done: Deferred.Deferred<unknown, unknown>
}

/** Runs one unit of work inside a shared write transaction, its result known only once committed. */
export type GroupCommit = <A, E>(work: Effect.Effect<A, E>) => Effect.Effect<A, E | SqlError>

// Enough to amortise one fsync over a burst of requests, small enough that one batch never holds
// the write lock for long.
const largestBatch = 64

/** Lets the other requests that arrived with this one reach the queue before the batch starts. */
const othersArrive = Effect.async<void>((resume) => {
  const handle = setImmediate(() => resume(Effect.void))
  return Effect.sync(() => clearImmediate(handle))
})

/**
 * Group commit: appends that arrive while others wait share one transaction and so one fsync,
 * the most expensive step of a durable append. Each runs in its own savepoint, so one refused or
 * failed append is rolled back alone; every caller gets its answer only after the commit, and
 * when the commit fails all of the batch fail with it. A lone append waits one turn of the event
 * loop, no more.
 */
export const makeGroupCommit = (connection: Connection, write: WriteTransaction): GroupCommit => {
  const pending: Array<Job> = []
  let leading = false

  const inSavepoint = (job: Job) =>
    Effect.gen(function* () {
      yield* connection.unsafe("SAVEPOINT append")
      const exit = yield* Effect.exit(job.work)
      if (Exit.isFailure(exit)) {
        // A failure SQLite answered by rolling back the whole transaction leaves nothing to keep.
        if (!connection.inTransaction()) return yield* Effect.failCause(exit.cause)
        yield* connection.unsafe("ROLLBACK TO append")
      }
      yield* connection.unsafe("RELEASE append")
      return exit
    })

  const runBatch = (jobs: ReadonlyArray<Job>) =>
    Effect.gen(function* () {
      const committed = yield* Effect.exit(write(Effect.forEach(jobs, inSavepoint)))
      yield* Exit.match(committed, {
        onFailure: (cause) => Effect.forEach(jobs, (job) => Deferred.failCause(job.done, cause), { discard: true }),
        onSuccess: (exits) => Effect.forEach(jobs, (job, i) => Deferred.done(job.done, exits[i]!), { discard: true }),
      })
    })

  const nextBatch = Effect.sync(() => {
    const jobs = pending.splice(0, largestBatch)
    if (jobs.length === 0) leading = false
    return jobs
  })

  const lead: Effect.Effect<void> = Effect.gen(function* () {
    yield* othersArrive
    while (true) {
      const jobs = yield* nextBatch
      if (jobs.length === 0) return
      yield* runBatch(jobs)
    }
  }).pipe(Effect.uninterruptible)

  return <A, E>(work: Effect.Effect<A, E>): Effect.Effect<A, E | SqlError> =>
    Effect.suspend(() => {
      const done = Deferred.unsafeMake<A, E | SqlError>(FiberId.none)
      pending.push({ work, done } as unknown as Job)
      if (leading) return Deferred.await(done)
      leading = true
      return Effect.zipRight(lead, Deferred.await(done))
    })
}
