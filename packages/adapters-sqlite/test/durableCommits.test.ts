import * as fs from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import { Store } from "@weerbaar/core"
import { Context, Effect, Either, Exit, Fiber, Layer } from "effect"
import { openConnection } from "../src/internal/Connection.js"
import { fdatasync, type SyncFile, syncCommitsInThreadPool } from "../src/internal/durableCommits.js"
import { openStore } from "../src/internal/openStore.js"
import { countEvents, event, perStream, storeFile } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

// The store syncs the WAL in Node's thread pool after SQLite committed. These tests put a hand on
// that sync: they hold it, release it or fail it, and watch who hears of a commit when.

/**
 * The store's syncs, with a hand on them. Once `held`, a sync in the thread pool waits for the
 * test: `release` lets the oldest finish, or fail with `error`. `failNow` makes syncs in place fail.
 * With `inPlace: false` every sync goes to the thread pool, lone commits' too.
 */
const heldSyncs = (options: { readonly inPlace: boolean } = { inPlace: false }) => {
  const waiting: Array<{ readonly fd: number; readonly done: Parameters<SyncFile["inThreadPool"]>[1] }> = []
  let holding = false
  let failing: NodeJS.ErrnoException | undefined
  const inPlace: Array<number> = []
  const inThreadPool: SyncFile["inThreadPool"] = (fd, done) => {
    if (holding) waiting.push({ fd, done })
    else fs.fdatasync(fd, done)
  }
  const now = (fd: number) => {
    inPlace.push(fd)
    if (failing !== undefined) throw failing
    fs.fdatasyncSync(fd)
  }
  const syncFile: SyncFile = options.inPlace ? { now, inThreadPool } : { inThreadPool }
  // Held until the test ends at the latest: a store closes only once its last sync is done.
  const hold = Effect.zipRight(
    Effect.sync(() => {
      holding = true
    }),
    Effect.addFinalizer(() =>
      Effect.sync(() => {
        holding = false
        for (const sync of waiting.splice(0)) fs.fdatasync(sync.fd, sync.done)
      }),
    ),
  )
  const release = (error: NodeJS.ErrnoException | null = null) =>
    Effect.sync(() => {
      const sync = waiting.shift()
      if (sync === undefined) throw new Error("no sync is waiting")
      if (error === null) fs.fdatasync(sync.fd, sync.done)
      else sync.done(error)
    })
  const failNow = (error: NodeJS.ErrnoException) =>
    Effect.sync(() => {
      failing = error
    })
  return { syncFile, waiting, inPlace, hold, release, failNow }
}

const diskError = () => Object.assign(new Error("input/output error"), { code: "EIO" })

const counts: Store.ReadModel<{ readonly n: number }> = {
  name: "counts",
  version: 1,
  keysOf: () => ["all"],
  apply: (_, rows) => [{ key: "all", row: { n: (rows.get("all")?.n ?? 0) + 1 } }],
}

const open = (filename: string, syncFile: SyncFile, readModels: ReadonlyArray<Store.AnyReadModel> = [counts]) =>
  Effect.map(Layer.build(Layer.scopedContext(openStore({ filename, readModels }, syncFile))), (c) => ({
    events: Context.get(c, Store.EventStore),
    readModels: Context.get(c, Store.ReadModelStore),
  }))

/** Lets the event loop turn a few times, so that whatever could finish does. */
const settle = Effect.promise(() => new Promise((resolve) => setTimeout(resolve, 20)))

const opened = (streamId: string) => [{ streamId, expectedVersion: 0, events: [event("Opened")] }]

/** Two appends at once; they share a batch when a sync is running as they arrive. */
const together = (store: Effect.Effect.Success<ReturnType<typeof open>>, a: string, b: string) =>
  Effect.fork(
    Effect.all(
      [a, b].map((streamId) => store.events.append(opened(streamId), { actor: "secretaris-dvo" })),
      { concurrency: "unbounded" },
    ),
  )

/** A store whose syncs in the thread pool wait for the test, which holds them from now on. */
const storeWithHeldSyncs = Effect.gen(function* () {
  const filename = storeFile(yield* tempFolder)
  const syncs = heldSyncs()
  const store = yield* open(filename, syncs.syncFile)
  yield* syncs.hold
  return { filename, syncs, store }
})

/** Starts an append and lets it get as far as it can without its sync. */
const appending = (store: Effect.Effect.Success<ReturnType<typeof open>>, streamId: string) =>
  Effect.zipLeft(Effect.fork(store.events.append(opened(streamId), { actor: "secretaris-dvo" })), settle)

describe("commits on disk before anyone hears of them", () => {
  it.scoped("an append is answered only once the sync after its commit is done", () =>
    Effect.gen(function* () {
      const { filename, syncs, store } = yield* storeWithHeldSyncs

      const append = yield* appending(store, "a")
      assert.strictEqual(countEvents(filename), 1, "SQLite committed it")
      assert.isNull(append.unsafePoll(), "but the writer has not heard yet")
      assert.strictEqual(syncs.waiting.length, 1)

      yield* syncs.release()
      assert.strictEqual((yield* Fiber.join(append)).events[0]?.position, 1)
    }),
  )

  it.scoped("a lone append is synced in place, before it is answered", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const syncs = heldSyncs({ inPlace: true })
      const store = yield* open(filename, syncs.syncFile)
      yield* syncs.hold
      const before = syncs.inPlace.length

      yield* store.events.append(opened("a"), { actor: "secretaris-dvo" })
      assert.strictEqual(syncs.inPlace.length, before + 1)
      assert.strictEqual(syncs.waiting.length, 0)
    }),
  )

  it.scoped("a read that could see a commit waits for its sync; the event log and the read models alike", () =>
    Effect.gen(function* () {
      const { syncs, store } = yield* storeWithHeldSyncs

      const append = yield* appending(store, "a")
      const stream = yield* Effect.fork(store.events.readStream("a"))
      const row = yield* Effect.fork(store.readModels.get(counts, "all"))
      yield* settle
      assert.isNull(stream.unsafePoll())
      assert.isNull(row.unsafePoll())

      yield* syncs.release()
      assert.strictEqual((yield* Fiber.join(stream)).length, 1)
      const count = yield* Fiber.join(row)
      assert.strictEqual(count._tag === "Some" ? count.value.n : 0, 1)
      yield* Fiber.join(append)
      // Nothing waits when everything is on disk.
      assert.strictEqual((yield* store.events.readStream("a")).length, 1)
    }),
  )

  it.scoped("events already on disk are read at once while a later commit is being synced", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const syncs = heldSyncs()
      const store = yield* open(filename, syncs.syncFile)
      yield* store.events.append(opened("a"), { actor: "secretaris-dvo" })
      yield* syncs.hold

      const append = yield* appending(store, "b")
      assert.strictEqual((yield* store.events.readStream("a")).length, 1)
      assert.strictEqual((yield* store.events.readAll({ limit: 1 })).length, 1)
      const all = yield* Effect.fork(store.events.readAll())
      const head = yield* Effect.fork(store.events.lastPosition)
      yield* settle
      assert.isNull(all.unsafePoll(), "the whole log holds the commit not on disk yet")
      assert.isNull(head.unsafePoll())
      yield* syncs.release()
      assert.strictEqual((yield* Fiber.join(all)).length, 2)
      assert.strictEqual(yield* Fiber.join(head), 2)
      yield* Fiber.join(append)
    }),
  )

  it.scoped("appends arriving during a sync commit after it, together, with a sync of their own", () =>
    Effect.gen(function* () {
      const { filename, syncs, store } = yield* storeWithHeldSyncs

      const first = yield* appending(store, "a")
      const second = yield* together(store, "b", "c")
      yield* settle
      assert.strictEqual(countEvents(filename), 1, "the next batch waits for the sync")
      yield* syncs.release()
      yield* Fiber.join(first)
      yield* settle
      assert.strictEqual(countEvents(filename), 3)
      assert.isNull(second.unsafePoll())
      assert.strictEqual(syncs.waiting.length, 1, "one sync for both")
      yield* syncs.release()
      assert.deepStrictEqual((yield* Fiber.join(second)).map((r) => r.events[0]?.position).sort(), [2, 3])
    }),
  )

  it.scoped("the next batch commits the moment a sync is done, before that sync's writers are answered", () =>
    Effect.gen(function* () {
      const { filename, syncs, store } = yield* storeWithHeldSyncs

      // What the file holds when the first writer hears of its append.
      const first = yield* Effect.zipLeft(
        Effect.fork(
          Effect.as(store.events.append(opened("a"), { actor: "secretaris-dvo" }), null).pipe(
            Effect.map(() => countEvents(filename)),
          ),
        ),
        settle,
      )
      const second = yield* together(store, "b", "c")
      yield* settle
      yield* syncs.release()
      assert.strictEqual(yield* Fiber.join(first), 3, "the batch that waited committed first")
      assert.strictEqual(syncs.waiting.length, 1, "and its sync runs meanwhile")
      yield* syncs.release()
      yield* Fiber.join(second)
    }),
  )

  it.scoped("a lone commit made right after a sync is synced in the thread pool, not in place", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const connection = yield* openConnection(filename, 1000)
      connection.run("CREATE TABLE t (n INTEGER)")
      const syncs = heldSyncs({ inPlace: true })
      const durable = yield* syncCommitsInThreadPool(connection, filename, syncs.syncFile)
      yield* syncs.hold
      // Who heard of their commit, and how many commits the file held by then.
      const heard: Array<string> = []
      const commit = (name: string, alone: boolean) => {
        connection.run("INSERT INTO t VALUES (1)")
        durable.committed(alone, () =>
          heard.push(`${name} at ${connection.all<{ n: number }>("SELECT count(*) AS n FROM t")[0]?.n}`),
        )
      }

      commit("first", false)
      assert.strictEqual(syncs.waiting.length, 1)
      durable.afterSync(() => commit("next", true))
      const inPlaceBefore = syncs.inPlace.length
      yield* syncs.release()
      yield* settle
      assert.deepStrictEqual(heard, ["first at 2"], "the first commit's writer heard after the next commit was made")
      assert.strictEqual(syncs.inPlace.length, inPlaceBefore, "whose sync did not hold that writer up")
      assert.strictEqual(syncs.waiting.length, 1)
      yield* syncs.release()
      yield* settle
      assert.deepStrictEqual(heard, ["first at 2", "next at 2"])
      // With no sync running, a lone commit is synced in place again, and `afterSync` runs at once.
      let ran = false
      durable.afterSync(() => {
        ran = true
      })
      assert.isTrue(ran)
      commit("last", true)
      assert.strictEqual(syncs.inPlace.length, inPlaceBefore + 1)
      assert.deepStrictEqual(heard, ["first at 2", "next at 2", "last at 3"])
    }),
  )

  it.scoped("a transaction committed while a sync runs waits for a sync that starts after it", () =>
    Effect.gen(function* () {
      const { syncs, store } = yield* storeWithHeldSyncs

      const append = yield* appending(store, "a")
      const rebuild = yield* Effect.fork(store.readModels.rebuild)
      yield* settle
      yield* syncs.release()
      yield* Fiber.join(append)
      yield* settle
      assert.isNull(rebuild.unsafePoll(), "the first sync started before the rebuild committed")
      assert.strictEqual(syncs.waiting.length, 1)
      yield* syncs.release()
      yield* Fiber.join(rebuild)
    }),
  )

  it.scoped("a failed sync fails its appends and every operation after it, and nothing more is written", () =>
    Effect.gen(function* () {
      const { filename, syncs, store } = yield* storeWithHeldSyncs
      const onDisk = yield* appending(store, "z")
      yield* syncs.release()
      yield* Fiber.join(onDisk)

      const append = yield* appending(store, "a")
      yield* syncs.release(diskError())
      const failed = yield* Effect.exit(Fiber.join(append))
      const failure = Exit.isFailure(failed) && failed.cause._tag === "Fail" ? failed.cause.error : undefined
      assert.instanceOf(failure, Store.EventStoreFailure)
      assert.include((failure as Store.EventStoreFailure).reason, "EIO")

      const later = yield* Effect.flip(store.events.append(opened("c"), { actor: "secretaris-dvo" }))
      assert.instanceOf(later, Store.EventStoreFailure)
      assert.include(later.reason, "open the store again")
      assert.strictEqual(countEvents(filename), 2, "the later append wrote nothing")
      assert.instanceOf(yield* Effect.flip(store.events.readStream("a")), Store.EventStoreFailure)
      assert.instanceOf(
        yield* Effect.flip(store.events.readStream("z")),
        Store.EventStoreFailure,
        "nor what was on disk",
      )
      assert.instanceOf(yield* Effect.flip(store.readModels.get(counts, "all")), Store.EventStoreFailure)
      assert.instanceOf(yield* Effect.flip(store.readModels.rebuild), Store.EventStoreFailure)
      assert.strictEqual(syncs.waiting.length, 0)
    }),
  )

  it.scoped("a failed sync in place fails the append and stops the store alike", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const syncs = heldSyncs({ inPlace: true })
      const store = yield* open(filename, syncs.syncFile)
      yield* syncs.failNow(diskError())

      const failure = yield* Effect.flip(store.events.append(opened("a"), { actor: "secretaris-dvo" }))
      assert.instanceOf(failure, Store.EventStoreFailure)
      assert.include(failure.reason, "EIO")
      assert.instanceOf(
        yield* Effect.flip(store.events.append(opened("b"), { actor: "secretaris-dvo" })),
        Store.EventStoreFailure,
      )
      assert.strictEqual(countEvents(filename), 1)
    }),
  )

  it.scoped("a store opened again after a failed sync works", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      yield* Effect.scoped(
        Effect.gen(function* () {
          const syncs = heldSyncs({ inPlace: true })
          const store = yield* open(filename, syncs.syncFile)
          yield* syncs.failNow(diskError())
          yield* Effect.flip(store.events.append(opened("a"), { actor: "secretaris-dvo" }))
        }),
      )
      const store = yield* open(filename, fdatasync)
      yield* store.events.append(opened("b"), { actor: "secretaris-dvo" })
      assert.deepStrictEqual(
        (yield* store.events.readAll()).map((e) => e.streamId),
        ["a", "b"],
      )
      assert.isTrue((yield* store.events.verify).intact)
    }),
  )
})

describe("appends sharing a batch", () => {
  it.scoped("each sees the versions and the end of the log that those before it left, also after one failed", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const syncs = heldSyncs()
      const store = yield* open(filename, syncs.syncFile, [perStream])
      yield* syncs.hold
      // While the first append's sync is held, the others gather into one batch behind it.
      const first = yield* appending(store, "x")
      const write = (streamId: string, expectedVersion: number, type?: string) => ({
        streamId,
        expectedVersion,
        events: type === undefined ? [] : [event(type)],
      })
      const batch = [
        [write("s", 0, "Opened")],
        [write("s", 1, "Noted")],
        [write("s", 1), write("u", 0, "Opened")],
        [write("t", 0, "Poison")],
        [write("t", 0, "Opened")],
        [write("s", 2), write("u", 0, "Opened")],
      ]
      const answers = yield* Effect.fork(
        Effect.all(
          batch.map((writes) => Effect.either(store.events.append(writes, { actor: "secretaris-dvo" }))),
          { concurrency: "unbounded" },
        ),
      )
      yield* settle
      yield* syncs.release()
      yield* Fiber.join(first)
      yield* settle
      assert.strictEqual(countEvents(filename), 5, "one batch committed after the first sync")
      yield* syncs.release()
      const results = yield* Fiber.join(answers)

      const outcome = results.map((r) =>
        Either.isRight(r)
          ? r.right.events.map((e) => `${e.streamId}@${e.version}#${e.position}`).join(" ")
          : r.left instanceof Store.StreamVersionConflict
            ? `conflict on ${r.left.streamId} at ${r.left.actualVersion}`
            : "failed",
      )
      assert.deepStrictEqual(outcome, ["s@1#2", "s@2#3", "conflict on s at 2", "failed", "t@1#4", "u@1#5"])
      assert.isTrue((yield* store.events.verify).intact)
    }),
  )
})
