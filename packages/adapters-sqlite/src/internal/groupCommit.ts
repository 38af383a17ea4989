import { SqlError } from "@effect/sql/SqlError"
import { Store } from "@weerbaar/core"
import { Effect, Exit } from "effect"
import type { Connection } from "./Connection.js"
import type { DurableCommits } from "./durableCommits.js"
import { writersOf } from "./fileWriters.js"

/**
 * What a batch tells the work it runs: a savepoint taken and rolled back (with the mark `taken`
 * returned), the whole transaction rolled back, and the commit about to happen.
 */
export interface BatchHooks {
  readonly savepointTaken: () => unknown
  readonly rolledBackTo: (mark: unknown) => void
  readonly rolledBack: () => void
  readonly beforeCommit: () => void
}

/** How a unit of work in a batch can fail. */
export type BatchedFailure = Store.StreamVersionConflict | Store.EventStoreFailure | SqlError

/**
 * One caller's unit of work and where it hears its answer, once the batch's commit is on disk.
 * (A callback rather than a `Deferred`: V8 builds Effect's `Deferred`, a copy of a prototype with
 * fields added, slowly, and one per append kept the young generation's survivors high.)
 */
class Job {
  private answer: Exit.Exit<unknown, BatchedFailure> | undefined
  private resume: ((answer: Exit.Exit<unknown, BatchedFailure>) => void) | undefined
  constructor(readonly work: () => unknown) {}
  /** Hands the caller its answer, now if it waits, or when it comes to wait. */
  answerWith(answer: Exit.Exit<unknown, BatchedFailure>): void {
    if (this.resume === undefined) this.answer = answer
    else this.resume(answer)
  }
  /** Waits for the answer. */
  readonly answered: Effect.Effect<unknown, BatchedFailure> = Effect.async((resume) => {
    if (this.answer === undefined) this.resume = resume
    else resume(this.answer)
  })
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

// A lone writer would pay the wait for nothing: wait while batches have company, and otherwise
// only every so many batches, to notice when company comes.
const probeEvery = 8

const failureOf = (error: unknown): BatchedFailure =>
  error instanceof Store.StreamVersionConflict || error instanceof Store.EventStoreFailure || error instanceof SqlError
    ? error
    : new SqlError({ cause: error, message: error instanceof Error ? error.message : String(error) })

/**
 * Group commit: appends that arrive while others wait share one transaction and so one fsync,
 * the most expensive step of a durable append. Each runs in its own savepoint, so one refused or
 * failed append is rolled back alone; every caller gets its answer only once the commit is on disk
 * (`durable`), and when the commit fails all of the batch fail with it. While one batch's commit
 * is being synced, the next batch may already run. While appends come together, each batch
 * waits one turn of the event loop for company, no more. The work is synchronous, as the driver
 * is: a batch runs from BEGIN to COMMIT without yielding, so nothing else of this process runs
 * meanwhile; other processes wait for SQLite's write lock.
 */
export const makeGroupCommit = (
  connection: Connection,
  filename: string,
  hooks: BatchHooks,
  durable: DurableCommits,
): GroupCommit => {
  const pending: Array<Job> = []
  let leading = false
  let lastBatchHadCompany = false
  let loneBatches = 0
  const writers = writersOf(filename)

  const inSavepoint = (job: Job): Exit.Exit<unknown, BatchedFailure> => {
    connection.run("SAVEPOINT append")
    const mark = hooks.savepointTaken()
    try {
      const value = job.work()
      connection.run("RELEASE append")
      return Exit.succeed(value)
    } catch (error) {
      // A failure SQLite answered by rolling back the whole transaction leaves nothing to keep.
      if (!connection.inTransaction()) throw error
      connection.run("ROLLBACK TO append")
      connection.run("RELEASE append")
      hooks.rolledBackTo(mark)
      return Exit.fail(failureOf(error))
    }
  }

  /** Runs the batch and commits it; answers every job in it once the commit is on disk. */
  const commitBatch = (jobs: ReadonlyArray<Job>): void => {
    const answer = (exits: ReadonlyArray<Exit.Exit<unknown, BatchedFailure>>) => {
      for (const [i, job] of jobs.entries()) job.answerWith(exits[i]!)
    }
    const broken = durable.failed()
    if (broken !== undefined) {
      answer(jobs.map(() => Exit.fail(broken)))
      return
    }
    let exits: ReadonlyArray<Exit.Exit<unknown, BatchedFailure>>
    try {
      connection.run("BEGIN IMMEDIATE")
      // A job alone needs no savepoint: when it fails, the whole transaction is rolled back.
      exits = jobs.length === 1 ? [Exit.succeed(jobs[0]!.work())] : jobs.map(inSavepoint)
      hooks.beforeCommit()
      connection.run("COMMIT")
    } catch (error) {
      // SQLite may already have rolled back by itself (e.g. a full disk).
      try {
        if (connection.inTransaction()) connection.run("ROLLBACK")
      } catch {
        // The connection stays usable: SQLite ends a transaction it cannot roll back.
      }
      hooks.rolledBack()
      answer(jobs.map(() => Exit.fail(failureOf(error))))
      return
    }
    const committed = exits
    durable.committed(jobs.length === 1 && pending.length === 0, (failure) =>
      answer(failure === undefined ? committed : jobs.map(() => Exit.fail(failure))),
    )
  }

  /** Commits every waiting job, a batch at a time. */
  const commitAll = (): void => {
    try {
      lastBatchHadCompany = pending.length > 1
      loneBatches = lastBatchHadCompany ? 0 : loneBatches + 1
      while (pending.length > 0) commitBatch(pending.splice(0, largestBatch))
    } finally {
      leading = false
    }
  }

  // The batch never yields, so it may run at once unless another transaction of this process that
  // does yield (a rebuild, an import) is open on the file: then it waits in that queue.
  const commit = Effect.suspend(() =>
    writers.open === 0 ? Effect.sync(commitAll) : writers.queue.withPermits(1)(Effect.sync(commitAll)),
  )
  // While the last batch's commit is being synced, the next batch gathers: it commits the moment
  // that sync is done, with everything that arrived meanwhile, before the last batch's callers are
  // answered, so that its own sync runs while they are served.
  const afterTheSync = Effect.async<void>((resume) =>
    durable.afterSync(() => {
      if (writers.open > 0) return resume(commit)
      try {
        commitAll()
        resume(Effect.void)
      } catch (defect) {
        resume(Effect.die(defect))
      }
    }),
  )
  const lead = Effect.suspend(() =>
    durable.syncing()
      ? afterTheSync
      : lastBatchHadCompany || loneBatches % probeEvery === probeEvery - 1
        ? Effect.zipRight(othersArrive, commit)
        : commit,
  ).pipe(Effect.uninterruptible)

  return <A>(work: () => A): Effect.Effect<A, BatchedFailure> =>
    Effect.suspend(() => {
      const job = new Job(work)
      pending.push(job)
      const answer = job.answered as Effect.Effect<A, BatchedFailure>
      if (leading) return answer
      // Nobody leads, so nothing was waiting: this job is the first of the next batch.
      leading = true
      return Effect.zipRight(lead, answer)
    })
}
