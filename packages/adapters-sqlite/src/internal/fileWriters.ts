import * as path from "node:path"
import { Effect } from "effect"

/**
 * This process's writers to one file. better-sqlite3 is synchronous: a connection that waits for
 * SQLite's write lock blocks the whole thread, so a second connection of the same process could
 * never commit and release it. Writers of one process therefore queue here; writers in other
 * processes wait in SQLite's busy timeout.
 */
export interface FileWriters {
  /** The queue of transactions that yield between their statements. */
  readonly queue: Effect.Semaphore
  /** How many such transactions are open now; a transaction that never yields may run when none is. */
  open: number
}

const writersByFile = new Map<string, FileWriters>()

/** The writers of this process to `filename`. */
export const writersOf = (filename: string): FileWriters => {
  const key = path.resolve(filename)
  let writers = writersByFile.get(key)
  if (writers === undefined) {
    writers = { queue: Effect.unsafeMakeSemaphore(1), open: 0 }
    writersByFile.set(key, writers)
  }
  return writers
}
