import { Store } from "@weerbaar/core"
import { Effect, Either } from "effect"

/** One check of the event store contract. @category event store */
export interface ContractCheck {
  readonly name: string
  readonly run: Effect.Effect<void, unknown, Store.EventStore>
}

class ContractViolation extends Error {}

const expect = (condition: boolean, message: string): Effect.Effect<void, ContractViolation> =>
  condition ? Effect.void : Effect.fail(new ContractViolation(message))

const event = (type: string, payload: Store.NewEvent["payload"] = {}): Store.NewEvent => ({
  type,
  schemaVersion: 1,
  payload,
})

/**
 * The behaviour every {@link EventStore} must show, as checks that each need a fresh, empty
 * store. Run them against your own store to know it can replace the in-memory or SQLite one:
 *
 * @example
 * ```ts
 * for (const check of eventStoreContract) {
 *   it.effect(check.name, () => check.run.pipe(Effect.provide(MyEventStore.layer)))
 * }
 * ```
 * @category event store
 */
export const eventStoreContract: ReadonlyArray<ContractCheck> = [
  {
    name: "a new store is empty and its chain intact",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      yield* expect((yield* store.lastPosition) === 0, "lastPosition of a new store is 0")
      yield* expect((yield* store.readAll()).length === 0, "readAll of a new store is empty")
      yield* expect((yield* store.streamVersion("s-1")) === 0, "an unknown stream is at version 0")
      const verification = yield* store.verify
      yield* expect(verification.intact && verification.checked === 0, "an empty chain is intact")
    }),
  },
  {
    name: "appending numbers events by stream version and global position",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      const first = yield* store.append([{ streamId: "a", expectedVersion: 0, events: [event("X"), event("Y")] }], {})
      const second = yield* store.append([{ streamId: "b", expectedVersion: 0, events: [event("Z")] }], {})
      const third = yield* store.append([{ streamId: "a", expectedVersion: 2, events: [event("W")] }], {})
      yield* expect(
        first.events.map((e) => `${e.position}:${e.version}`).join() === "1:1,2:2",
        "first append at positions 1, 2 and versions 1, 2",
      )
      yield* expect(
        second.events[0]?.position === 3 && second.events[0]?.version === 1,
        "new stream starts at version 1",
      )
      yield* expect(third.events[0]?.position === 4 && third.events[0]?.version === 3, "stream a continues at 3")
      yield* expect((yield* store.streamVersion("a")) === 3, "stream a is at version 3")
      const a = yield* store.readStream("a")
      yield* expect(a.map((e) => e.type).join() === "X,Y,W", "readStream returns a stream's events in order")
    }),
  },
  {
    name: "a write without events is a condition: it holds the append to its stream's version and writes nothing there",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      yield* store.append([{ streamId: "model", expectedVersion: 0, events: [event("Adopted")] }], {})
      const held = yield* store.append(
        [
          { streamId: "item", expectedVersion: 0, events: [event("Drafted")] },
          { streamId: "model", expectedVersion: 1, events: [] },
        ],
        {},
      )
      yield* expect(held.events.length === 1 && held.events[0]?.streamId === "item", "only the item's event is stored")
      yield* expect((yield* store.streamVersion("model")) === 1, "the condition's stream is unchanged")
      const stale = yield* Effect.either(
        store.append(
          [
            { streamId: "item", expectedVersion: 1, events: [event("Edited")] },
            { streamId: "model", expectedVersion: 0, events: [] },
          ],
          {},
        ),
      )
      yield* expect(
        Either.isLeft(stale) && stale.left instanceof Store.StreamVersionConflict && stale.left.streamId === "model",
        "a condition on a stale version fails with a conflict naming its stream",
      )
      yield* expect((yield* store.lastPosition) === 2, "and nothing was written")
    }),
  },
  {
    name: "an append with a stale expected version is a conflict naming both versions, and writes nothing",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      yield* store.append([{ streamId: "a", expectedVersion: 0, events: [event("X")] }], {})
      const result = yield* Effect.either(
        store.append([{ streamId: "a", expectedVersion: 0, events: [event("Y")] }], {}),
      )
      yield* expect(Either.isLeft(result), "the stale append fails")
      if (Either.isLeft(result)) {
        const error = result.left
        yield* expect(error instanceof Store.StreamVersionConflict, "with a StreamVersionConflict")
        if (error instanceof Store.StreamVersionConflict) {
          yield* expect(error.expectedVersion === 0 && error.actualVersion === 1, "naming expected 0 and actual 1")
        }
      }
      yield* expect((yield* store.lastPosition) === 1, "nothing was written")
    }),
  },
  {
    name: "an append over several streams stores all of them or none",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      yield* store.append([{ streamId: "budget", expectedVersion: 0, events: [event("X")] }], {})
      const failed = yield* Effect.either(
        store.append(
          [
            { streamId: "item", expectedVersion: 0, events: [event("A")] },
            { streamId: "budget", expectedVersion: 0, events: [event("B")] },
          ],
          {},
        ),
      )
      yield* expect(Either.isLeft(failed), "a conflict on one stream fails the whole append")
      yield* expect((yield* store.streamVersion("item")) === 0, "the other stream was not written")
      const ok = yield* store.append(
        [
          { streamId: "item", expectedVersion: 0, events: [event("A")] },
          { streamId: "budget", expectedVersion: 1, events: [event("B")] },
        ],
        {},
      )
      yield* expect(ok.events.map((e) => e.position).join() === "2,3", "both streams written, positions in order")
    }),
  },
  {
    name: "a retried append with the same idempotency key returns the original events and writes nothing",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      const write = [{ streamId: "a", expectedVersion: 0, events: [event("X", { n: 1 })] }]
      const first = yield* store.append(write, { idempotencyKey: "key-1" })
      const again = yield* store.append(write, { idempotencyKey: "key-1" })
      yield* expect(!first.duplicate && again.duplicate, "the retry is marked duplicate")
      yield* expect(
        again.events.map((e) => e.hash).join() === first.events.map((e) => e.hash).join(),
        "the retry returns the original events",
      )
      yield* expect((yield* store.lastPosition) === 1, "one event stored")
      const found = yield* store.readByIdempotencyKey("key-1")
      yield* expect(found.length === 1 && found[0]?.hash === first.events[0]?.hash, "the key finds the original events")
      yield* expect((yield* store.readByIdempotencyKey("key-2")).length === 0, "an unknown key finds nothing")
    }),
  },
  {
    name: "payload and metadata come back as they went in",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      const payload = {
        titel: "Aanpak vastgoedfraude — pilot ‘Rheden’",
        bedrag: 1_250_000,
        regels: [{ jaar: 2016 }],
        leeg: null,
        ja: true,
      }
      const metadata = { actor: "secretaris-dvo", correlationId: "c-1", causationId: "c-0", idempotencyKey: "k" }
      yield* store.append([{ streamId: "a", expectedVersion: 0, events: [event("X", payload)] }], metadata)
      const [stored] = yield* store.readStream("a")
      yield* expect(JSON.stringify(stored?.payload) === JSON.stringify(payload), "payload unchanged")
      yield* expect(JSON.stringify(stored?.metadata) === JSON.stringify(metadata), "metadata unchanged")
      yield* expect(/^\d{4}-\d{2}-\d{2}T/.test(stored?.recordedAt ?? ""), "recordedAt is a timestamp")
    }),
  },
  {
    name: "readAll pages through the log in order of position",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      for (let i = 0; i < 5; i++) {
        yield* store.append(
          [{ streamId: `s-${i % 2}`, expectedVersion: Math.floor(i / 2), events: [event(`E${i}`)] }],
          {},
        )
      }
      const page1 = yield* store.readAll({ limit: 2 })
      const page2 = yield* store.readAll({ after: 2, limit: 2 })
      const rest = yield* store.readAll({ after: 4 })
      yield* expect(
        [...page1, ...page2, ...rest].map((e) => e.type).join() === "E0,E1,E2,E3,E4",
        "pages join up to the whole log",
      )
    }),
  },
  {
    name: "readAll with a stream prefix reads exactly the streams whose id starts with it, in order, a page at a time",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      // Ids that a careless prefix match gets wrong: a longer number, no separator, LIKE's wildcards,
      // and characters around the ends of UTF-8 (the highest, and either side of the surrogates).
      const ids = [
        "track-bp-1-a",
        "track-bp-10-a",
        "track-bp-1",
        "track-bp-1-%",
        "track-bp-1-_x",
        "trackx",
        "tracl",
        "p-\uD7FF",
        "p-\uE000",
        "p-\u{10FFFF}",
        "p-\u{10FFFF}x",
        "p-é",
        "p-f",
      ]
      for (const [i, streamId] of ids.entries()) {
        yield* store.append([{ streamId, expectedVersion: 0, events: [event(`E${i}`)] }], {})
      }
      yield* store.append([{ streamId: "track-bp-1-a", expectedVersion: 1, events: [event("Again")] }], {})
      const all = yield* store.readAll()
      const prefixes = new Set(
        ids.flatMap((id) => Array.from({ length: [...id].length }, (_, n) => [...id].slice(0, n + 1).join(""))),
      )
      for (const streamPrefix of prefixes) {
        const expected = all.filter((e) => e.streamId.startsWith(streamPrefix)).map((e) => e.position)
        const read = (yield* store.readAll({ streamPrefix })).map((e) => e.position)
        yield* expect(
          read.join() === expected.join(),
          `readAll({ streamPrefix: ${JSON.stringify(streamPrefix)} }) gives ${expected.join()}, not ${read.join()}`,
        )
      }
      const page1 = yield* store.readAll({ streamPrefix: "track-bp-1-", limit: 2 })
      const page2 = yield* store.readAll({ streamPrefix: "track-bp-1-", after: page1.at(-1)?.position ?? 0 })
      yield* expect(
        [...page1, ...page2].map((e) => e.type).join() === "E0,E3,E4,Again",
        "pages of a prefix join up to its streams' events",
      )
      yield* expect(
        (yield* store.readAll({ streamPrefix: "" })).length === all.length,
        "an empty prefix reads the whole log",
      )
    }),
  },
  {
    name: "every event is chained to the one before it by its hash",
    run: Effect.gen(function* () {
      const store = yield* Store.EventStore
      yield* store.append([{ streamId: "a", expectedVersion: 0, events: [event("X"), event("Y")] }], { actor: "p" })
      yield* store.append([{ streamId: "b", expectedVersion: 0, events: [event("Z", { x: [1, 2] })] }], {})
      const all = yield* store.readAll()
      let previous = Store.genesisHash
      for (const e of all) {
        const { hash, ...rest } = e
        yield* expect(hash === Store.chainHash(previous, rest), `hash of event ${e.position} follows the chain`)
        previous = hash
      }
      const verification = yield* store.verify
      yield* expect(verification.intact && verification.checked === 3, "verify walks the intact chain")
    }),
  },
]
