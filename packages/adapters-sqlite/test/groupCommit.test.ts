import { assert, describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { Store } from "@weerbaar/core"
import { Effect, Either } from "effect"
import { countEvents, event, openStore, perStream, storeFile } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

// Appends that arrive together share one transaction (group commit); these tests hold that each
// of them still succeeds or fails on its own, and that what succeeded is committed.

const checkpointOf = (filename: string, model: string) => {
  const db = new Database(filename, { readonly: true })
  try {
    return (db.prepare("SELECT checkpoint FROM read_model_state WHERE model = ?").get(model) as { checkpoint: number })
      .checkpoint
  } finally {
    db.close()
  }
}

describe("appends arriving together", () => {
  it.scoped("each get their own answer: the conflicting ones fail alone, the others are committed", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const store = yield* openStore(filename, [perStream])
      const good = Array.from({ length: 25 }, (_, i) => ({
        streamId: `stream-${i}`,
        expectedVersion: 0,
        events: [event("Opened", { i }), event("Noted", { i })],
      }))
      const stale = Array.from({ length: 5 }, (_, i) => ({
        streamId: `stream-${i}`,
        expectedVersion: 7,
        events: [event("Noted", { stale: i })],
      }))
      const writes = good.flatMap((w, i) => (i < stale.length ? [w, stale[i]!] : [w]))
      const results = yield* Effect.all(
        writes.map((w) => Effect.either(store.events.append([w], { actor: "secretaris-dvo" }))),
        { concurrency: "unbounded" },
      )

      const refused = results.filter(Either.isLeft).map((r) => r.left)
      assert.strictEqual(refused.length, 5)
      for (const failure of refused) {
        assert.instanceOf(failure, Store.StreamVersionConflict)
        if (failure instanceof Store.StreamVersionConflict) assert.strictEqual(failure.expectedVersion, 7)
      }
      const positions = results
        .filter(Either.isRight)
        .flatMap((r) => r.right.events.map((e) => e.position))
        .sort((a, b) => a - b)
      assert.deepStrictEqual(
        positions,
        Array.from({ length: 50 }, (_, i) => i + 1),
      )
      assert.strictEqual(countEvents(filename), 50, "committed: another connection sees every event")
      const verification = yield* store.events.verify
      assert.isTrue(verification.intact && verification.checked === 50)
      const rows = yield* store.readModels.query(perStream, { limit: 100 })
      assert.strictEqual(rows.rows.length, 25)
      assert.isTrue(rows.rows.every((r) => r.row.events === 2))
    }),
  )

  it.scoped("a read model failing on one append rolls back that append only", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const store = yield* openStore(filename, [perStream])
      const results = yield* Effect.all(
        Array.from({ length: 10 }, (_, i) =>
          Effect.either(
            store.events.append(
              [{ streamId: `stream-${i}`, expectedVersion: 0, events: [event(i === 4 ? "Poison" : "Opened")] }],
              {},
            ),
          ),
        ),
        { concurrency: "unbounded" },
      )
      const failed = results.flatMap((r, i) => (Either.isLeft(r) ? [[i, r.left._tag] as const] : []))
      assert.deepStrictEqual(failed, [[4, "EventStoreFailure"]])
      assert.strictEqual(countEvents(filename), 9)
      assert.strictEqual(yield* store.events.streamVersion("stream-4"), 0)
      const verification = yield* store.events.verify
      assert.isTrue(verification.intact && verification.checked === 9)
      const rows = yield* store.readModels.query(perStream, { limit: 100 })
      assert.deepStrictEqual(
        rows.rows.map((r) => r.key),
        [0, 1, 2, 3, 5, 6, 7, 8, 9].map((i) => `stream-${i}`),
      )
    }),
  )

  it.scoped("a batch writes the read models' checkpoint once, at the head, also after an append in it failed", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const streams = Array.from({ length: 10 }, (_, i) => `stream-${i}`)
      const appendAll = (
        store: Effect.Effect.Success<ReturnType<typeof openStore>>,
        version: number,
        poisoned: number | undefined,
      ) =>
        Effect.all(
          streams.map((streamId, i) =>
            Effect.either(
              store.events.append(
                [{ streamId, expectedVersion: version, events: [event(i === poisoned ? "Poison" : "Noted")] }],
                {},
              ),
            ),
          ),
          { concurrency: "unbounded" },
        )
      yield* Effect.scoped(
        Effect.gen(function* () {
          const store = yield* openStore(filename, [perStream])
          // The failing append is in the middle of the batch; the next ones catch up from its savepoint.
          yield* appendAll(store, 0, 4)
          assert.strictEqual(checkpointOf(filename, "per-stream"), 9)
          const second = yield* appendAll(store, 1, undefined)
          assert.strictEqual(second.filter(Either.isLeft).length, 1, "stream-4 is still at version 0")
          assert.strictEqual(checkpointOf(filename, "per-stream"), 18)
        }),
      )
      // Opened again, nothing is behind and nothing was projected twice.
      const store = yield* openStore(filename, [perStream])
      const rows = yield* store.readModels.query(perStream, { limit: 100 })
      assert.deepStrictEqual(
        rows.rows.map((r) => [r.key, r.row.events]),
        streams.filter((s) => s !== "stream-4").map((s) => [s, 2]),
      )
      assert.strictEqual(checkpointOf(filename, "per-stream"), 18)
    }),
  )

  it.scoped("the same idempotency key many times at once writes one event and answers all alike", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const store = yield* openStore(filename)
      const write = [{ streamId: "item-1", expectedVersion: 0, events: [event("ItemOpened", { titel: "Pilot" })] }]
      const results = yield* Effect.all(
        Array.from({ length: 16 }, () => store.events.append(write, { idempotencyKey: "request-9" })),
        { concurrency: "unbounded" },
      )
      assert.deepStrictEqual(
        results.map((r) => r.duplicate),
        [false, ...Array.from({ length: 15 }, () => true)],
      )
      for (const result of results) assert.deepStrictEqual(result.events, results[0]!.events)
      assert.strictEqual(countEvents(filename), 1)
    }),
  )
})
