import { assert, describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { Store } from "@weerbaar/core"
import { Effect, FastCheck as fc } from "effect"
import { nodeChainHash } from "../src/internal/nodeChainHash.js"
import { event, storeFile, withStore } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

const fiveEvents = (filename: string) =>
  withStore(filename, ({ events }) =>
    Effect.gen(function* () {
      for (let n = 1; n <= 5; n++) {
        yield* events.append(
          [
            {
              streamId: `item-${n % 2}`,
              expectedVersion: Math.floor((n - 1) / 2),
              events: [event("ItemVoted", { n })],
            },
          ],
          {
            actor: "secretaris-dvo",
          },
        )
      }
    }),
  )

// The store guards its rows with triggers; someone who alters the file drops them first.
const alterPayload = (filename: string, position: number, alter: (payload: string) => string) => {
  const db = new Database(filename)
  try {
    db.exec("DROP TRIGGER events_are_never_updated")
    const { payload } = db.prepare("SELECT payload FROM events WHERE position = ?").get(position) as { payload: string }
    db.prepare("UPDATE events SET payload = ? WHERE position = ?").run(alter(payload), position)
  } finally {
    db.close()
  }
}

describe("tamper evidence", () => {
  it("Node's SHA-256 gives exactly core's chain hash, for any text", () => {
    const text = fc.oneof(
      fc.string({ unit: "binary", maxLength: 80 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }),
    )
    fc.assert(
      fc.property(text, text, fc.jsonValue({ maxDepth: 3 }), fc.nat(), (streamId, actor, payload, n) => {
        const unhashed: Omit<Store.StoredEvent, "hash"> = {
          position: n + 1,
          streamId,
          version: n + 1,
          type: "ItemVoted",
          schemaVersion: 1,
          payload: payload as Store.StoredEvent["payload"],
          metadata: { actor },
          recordedAt: "2016-06-01T10:00:00.000Z" as Store.StoredEvent["recordedAt"],
        }
        const previous = nodeChainHash("0".repeat(64), { ...unhashed, streamId: actor })
        assert.strictEqual(nodeChainHash(previous, unhashed), Store.chainHash(previous, unhashed))
      }),
      { numRuns: 300 },
    )
  })

  it.scoped("changing one byte of one payload with plain SQL makes verify report that position", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      yield* fiveEvents(filename)
      const before = yield* withStore(filename, ({ events }) => events.verify)
      assert.deepStrictEqual(before.intact && before.checked, 5)
      alterPayload(filename, 3, (payload) => payload.replace('"n":3', '"n":4'))
      const after = yield* withStore(filename, ({ events }) => events.verify)
      assert.isFalse(after.intact)
      if (!after.intact) {
        assert.strictEqual(after.position, 3)
        assert.strictEqual(after.checked, 2)
      }
    }),
  )

  it.scoped("a payload altered into something that is not JSON is reported at its position, not a crash", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      yield* fiveEvents(filename)
      alterPayload(filename, 4, (payload) => payload.replace("{", "["))
      const verification = yield* withStore(filename, ({ events }) => events.verify)
      assert.isFalse(verification.intact)
      if (!verification.intact) assert.strictEqual(verification.position, 4)
      const read = yield* withStore(filename, ({ events }) => Effect.flip(events.readAll()))
      assert.include(read.message, "event 4")
    }),
  )

  it.scoped("the chain is verified across pages of a long log", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      yield* withStore(filename, ({ events }) =>
        events.append(
          [{ streamId: "bulk", expectedVersion: 0, events: Array.from({ length: 2500 }, (_, n) => event("X", { n })) }],
          {},
        ),
      )
      alterPayload(filename, 2222, (payload) => payload.replace("2221", "2220"))
      const verification = yield* withStore(filename, ({ events }) => events.verify)
      assert.deepStrictEqual(
        verification.intact ? undefined : [verification.position, verification.checked],
        [2222, 2221],
      )
    }),
  )
})
