import * as fs from "node:fs"
import * as path from "node:path"
import { Store } from "@weerbaar/core"
import { Effect, type Scope } from "effect"
import type { Connection } from "./Connection.js"

/** Flushes a file's written data to the disk. */
export interface SyncFile {
  /** On this thread; throws when the disk fails. Without it, every sync goes to the thread pool. */
  readonly now?: (fd: number) => void
  /** In Node's thread pool. */
  readonly inThreadPool: (fd: number, done: (error: NodeJS.ErrnoException | null) => void) => void
}

/** `fdatasync`: the file's data and what it takes to read it back (its size). */
export const fdatasync: SyncFile = { now: fs.fdatasyncSync, inThreadPool: fs.fdatasync }

/**
 * When this connection's commits are on disk. SQLite's `synchronous = FULL` syncs the WAL inside
 * `COMMIT`, on the event loop: no request of the process moves meanwhile. Here SQLite commits with
 * `synchronous = NORMAL` (the WAL is written, not yet synced) and the WAL is synced in Node's thread
 * pool instead, one sync for every commit made before it started, while the process decides the
 * next batch. A lone commit with no sync running is synced in place: the hop to the thread pool
 * would cost it more than the thread gains. Nothing is told of a commit before it is on disk: a
 * writer hears only after the sync, and every read waits until the commits it could have seen are
 * synced. A sync that fails leaves the disk's state unknown, so the store then fails every
 * operation until it is opened again.
 */
export interface DurableCommits {
  /**
   * Notes a commit just made; `done` hears once it is on disk, or why that is not known. `alone`:
   * nothing else was committed with it, so it is synced in place when no sync is running.
   */
  readonly committed: (alone: boolean, done: (failure: Store.EventStoreFailure | undefined) => void) => void
  /** Succeeds once every commit made so far is on disk. */
  readonly settled: Effect.Effect<void, Store.EventStoreFailure>
  /**
   * Runs `run` (which must not throw) as soon as the sync now running is done, before anyone
   * waiting for that sync hears, also when it failed; at once when no sync is running. A commit
   * made in `run` is synced in the thread pool while the callers of the last sync are answered.
   */
  readonly afterSync: (run: () => void) => void
  /** Whether a commit is not on disk yet. */
  readonly syncing: () => boolean
  /** Why the store may not write any more: a sync failed. */
  readonly failed: () => Store.EventStoreFailure | undefined
}

/** Commits that SQLite itself syncs (`synchronous = FULL`): durable when `COMMIT` returns. */
const syncedBySqlite: DurableCommits = {
  committed: (_, done) => done(undefined),
  settled: Effect.void,
  afterSync: (run) => run(),
  syncing: () => false,
  failed: () => undefined,
}

interface Waiter {
  readonly commit: number
  readonly done: (failure: Store.EventStoreFailure | undefined) => void
}

/**
 * Moves the connection's commit sync off the event loop, when its file is in WAL mode; otherwise
 * leaves SQLite to sync. The WAL file stays open with the connection (SQLite removes it only when
 * the last connection closes), and it is never locked, so holding it open takes no lock away.
 */
export const syncCommitsInThreadPool = (
  connection: Connection,
  filename: string,
  syncFile: SyncFile = fdatasync,
): Effect.Effect<DurableCommits, never, Scope.Scope> =>
  Effect.gen(function* () {
    const walFile = `${filename}-wal`
    const journalMode = connection.all<{ journal_mode: string }>("PRAGMA journal_mode")[0]?.journal_mode
    if (journalMode !== "wal" || !fs.existsSync(walFile)) return syncedBySqlite
    // SQLite created the WAL as the connection opened; syncing its folder once makes sure the file
    // itself survives a power loss. Where that cannot be done, SQLite keeps syncing.
    const fd = yield* Effect.option(
      Effect.try(() => {
        const folder = fs.openSync(path.dirname(walFile), "r")
        try {
          fs.fsyncSync(folder)
        } finally {
          fs.closeSync(folder)
        }
        const wal = fs.openSync(walFile, "r")
        try {
          // What an earlier process committed may still wait for the disk: it is read as durable
          // from now on, so it is made so first.
          fs.fdatasyncSync(wal)
        } catch (error) {
          fs.closeSync(wal)
          throw error
        }
        return wal
      }),
    )
    if (fd._tag === "None") return syncedBySqlite

    let made = 0
    let onDisk = 0
    let syncing = false
    let broken: Store.EventStoreFailure | undefined
    const waiting: Array<Waiter> = []
    let afterThisSync: Array<() => void> = []
    let runningAfterSync = false

    const answer = () => {
      while (waiting.length > 0 && (broken !== undefined || waiting[0]!.commit <= onDisk)) waiting.shift()!.done(broken)
    }
    const fail = (error: NodeJS.ErrnoException) => {
      broken = new Store.EventStoreFailure({
        operation: "commit",
        reason: `the disk did not confirm the write-ahead log (${error.code ?? error.message}); what was last written may be lost: open the store again`,
      })
    }
    const sync = () => {
      if (syncing || broken !== undefined || onDisk >= made) return
      syncing = true
      const upTo = made
      syncFile.inThreadPool(fd.value, (error) => {
        syncing = false
        if (error === null) onDisk = upTo
        else fail(error)
        const runs = afterThisSync
        afterThisSync = []
        runningAfterSync = true
        try {
          for (const run of runs) run()
        } finally {
          runningAfterSync = false
        }
        answer()
        sync()
      })
    }
    const syncNow = (now: (fd: number) => void) => {
      try {
        now(fd.value)
        onDisk = made
      } catch (error) {
        fail(error as NodeJS.ErrnoException)
      }
    }
    const whenOnDisk = (commit: number, done: Waiter["done"]) => {
      if (broken !== undefined || commit <= onDisk) return done(broken)
      waiting.push({ commit, done })
      sync()
    }
    const wait = (commit: number) =>
      Effect.async<void, Store.EventStoreFailure>((resume) =>
        whenOnDisk(commit, (failure) => resume(failure === undefined ? Effect.void : Effect.fail(failure))),
      )

    // The last sync finishes before the connection closes.
    yield* Effect.addFinalizer(() =>
      Effect.zipRight(
        Effect.ignore(Effect.suspend(() => wait(made))),
        Effect.sync(() => fs.closeSync(fd.value)),
      ),
    )
    connection.run("PRAGMA synchronous = NORMAL")
    return {
      committed: (alone, done) => {
        made++
        // Right after a sync, its callers still wait to hear: this commit's sync, in the thread pool,
        // runs while they are answered.
        if (alone && !syncing && !runningAfterSync && broken === undefined && syncFile.now !== undefined) {
          syncNow(syncFile.now)
        }
        whenOnDisk(made, done)
      },
      settled: Effect.suspend(() => (broken === undefined && made <= onDisk ? Effect.void : wait(made))),
      afterSync: (run) => {
        if (syncing) afterThisSync.push(run)
        else run()
      },
      syncing: () => broken === undefined && made > onDisk,
      failed: () => broken,
    } satisfies DurableCommits
  })
