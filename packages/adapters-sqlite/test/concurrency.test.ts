import { assert, describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { Store } from "@weerbaar/core"
import { Effect, Either } from "effect"
import { event, openStore, storeFile, withStore } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

describe("writers on one file", () => {
  it.scoped("two connections append to one stream at once: exactly one wins, the other gets the conflict", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      // Short busy timeouts, so that a writer blocking the thread would fail fast instead of hanging.
      const first = yield* openStore(filename, [], "200 millis")
      const second = yield* openStore(filename, [], "200 millis")
      for (let round = 0; round < 20; round++) {
        const results = yield* Effect.all(
          [first, second].map((store, writer) =>
            Effect.either(
              store.events.append(
                [{ streamId: "budget-2016", expectedVersion: round, events: [event("BudgetReserved", { writer })] }],
                {},
              ),
            ),
          ),
          { concurrency: "unbounded" },
          // The two appends take turns after every step, so each is caught in the other's transaction.
        ).pipe(Effect.withMaxOpsBeforeYield(16))
        const lost = results.filter(Either.isLeft).map((r) => r.left)
        assert.strictEqual(lost.length, 1, `round ${round}: one writer loses`)
        const conflict = lost[0]
        assert.instanceOf(conflict, Store.StreamVersionConflict)
        if (conflict instanceof Store.StreamVersionConflict) {
          assert.deepStrictEqual([conflict.expectedVersion, conflict.actualVersion], [round, round + 1])
        }
      }
      assert.strictEqual(yield* second.events.streamVersion("budget-2016"), 20)
      const verification = yield* first.events.verify
      assert.isTrue(verification.intact && verification.checked === 20)
    }),
  )

  it.scoped("a retried append with the same idempotency key writes one event", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const write = [{ streamId: "item-1", expectedVersion: 0, events: [event("ItemOpened", { titel: "Pilot" })] }]
      const first = yield* withStore(filename, ({ events }) => events.append(write, { idempotencyKey: "request-7" }))
      const retried = yield* withStore(filename, ({ events }) => events.append(write, { idempotencyKey: "request-7" }))
      assert.isFalse(first.duplicate)
      assert.isTrue(retried.duplicate)
      assert.deepStrictEqual(retried.events, first.events)
      const db = new Database(filename, { readonly: true })
      const { n } = db.prepare("SELECT count(*) AS n FROM events").get() as { n: number }
      db.close()
      assert.strictEqual(n, 1)
    }),
  )

  it.scoped("bad input is a typed failure and writes nothing", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const failures = yield* withStore(filename, ({ events }) =>
        Effect.all([
          Effect.flip(events.append([{ streamId: "", expectedVersion: 0, events: [event("X")] }], {})),
          Effect.flip(events.append([{ streamId: "a", expectedVersion: -1, events: [event("X")] }], {})),
          Effect.flip(
            events.append([{ streamId: "a", expectedVersion: 0, events: [event("X", { n: 1n } as never)] }], {}),
          ),
          Effect.flip(events.append([{ streamId: "a", expectedVersion: 0, events: [{ type: "X" } as never] }], {})),
        ]),
      )
      for (const failure of failures) assert.strictEqual(failure._tag, "EventStoreFailure", failure.message)
      assert.strictEqual(yield* withStore(filename, ({ events }) => events.lastPosition), 0)
    }),
  )
})
