import { Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { DurableCommits } from "../durableCommits.js"
import { driverFailure } from "./storeFailure.js"

/** Runs a synchronous read as an effect whose only failure is `EventStoreFailure`. */
export const readingNow = <A>(work: () => A): Effect.Effect<A, Store.EventStoreFailure> =>
  Effect.try({ try: work, catch: (e) => (e instanceof Store.EventStoreFailure ? e : driverFailure("read", e)) })

/**
 * Reads of the log that answer only with what is on disk. `onDiskAtOpen` is where the log ended
 * as the store opened.
 */
export const makeDurableReads = (durable: DurableCommits, onDiskAtOpen: number) => {
  // The log is on disk up to here: as it was when the store opened, and up to every append answered
  // since (a sync covers every commit before it). The log only grows, so events read that all lie
  // at or below it are what a reader after a power failure would read too: they need no wait.
  // After a failed sync the store answers nothing more, these reads included.
  let onDiskUpTo = onDiskAtOpen
  const onDisk = (position: number) => position <= onDiskUpTo && durable.failed() === undefined
  return {
    /** Runs a synchronous read and answers once every commit it could have seen is on disk. */
    reading: <A>(work: () => A): Effect.Effect<A, Store.EventStoreFailure> =>
      Effect.zipLeft(readingNow(work), durable.settled),
    /** Reads events; waits for the disk only when one of them may not be on it yet. */
    readingEvents: (work: () => ReadonlyArray<Store.StoredEvent>) =>
      Effect.flatMap(readingNow(work), (events) =>
        events.every((e) => onDisk(e.position)) ? Effect.succeed(events) : Effect.as(durable.settled, events),
      ),
    /** Reads a position of the log; waits for the disk only when it may not be on it yet. */
    readingPosition: (work: () => number) =>
      Effect.flatMap(readingNow(work), (position) =>
        onDisk(position) ? Effect.succeed(position) : Effect.as(durable.settled, position),
      ),
    /** An append up to `last` was answered: its commit is on disk. */
    answered: (last: number) => {
      if (last > onDiskUpTo) onDiskUpTo = last
    },
  }
}

/** The durable reads of one store. */
export type DurableReads = ReturnType<typeof makeDurableReads>
