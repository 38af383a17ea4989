import { assert, describe, it } from "@effect/vitest"
import { Kernel, Route, Store } from "@weerbaar/core"
import { Arbitrary, Effect, Either, FastCheck as fc } from "effect"

const routeEvents = Arbitrary.make(Route.RouteEvent)

// Compared as canonical JSON: a member that is `undefined` is absent, as in what a store keeps.

/** A stored event as a store reads it back: its payload through JSON, a fresh object. */
const asReadBack = (stored: Store.StoredEvent): Store.StoredEvent => ({
  ...stored,
  payload: JSON.parse(JSON.stringify(stored.payload)),
})

describe("the event codec", () => {
  it("decodes what it encoded, through JSON, to the same event", () => {
    fc.assert(
      fc.property(routeEvents, (event) => {
        const appended = Route.routeEventCodec.toNewEvent(event)
        const stored = asReadBack({
          ...appended,
          position: 1,
          streamId: "item-x",
          version: 1,
          metadata: {},
          recordedAt: "2016-01-01T00:00:00.000Z" as Store.StoredEvent["recordedAt"],
          hash: "",
        })
        const decoded = Route.routeEventCodec.fromStored(stored)
        assert.isTrue(Either.isRight(decoded))
        if (Either.isRight(decoded)) {
          assert.strictEqual(
            Kernel.canonicalJson(Route.routeEventCodec.toNewEvent(decoded.right)),
            Kernel.canonicalJson(appended),
          )
        }
      }),
      { numRuns: 200 },
    )
  })

  it.effect("decodes what a store kept of an appended event as that event, with no memory of the append", () =>
    Effect.gen(function* () {
      const events = fc.sample(routeEvents, 100)
      const store = yield* Store.EventStore
      const { events: stored } = yield* store.append(
        [{ streamId: "item-x", expectedVersion: 0, events: events.map(Route.routeEventCodec.toNewEvent) }],
        { actor: "secretaris-dvo" },
      )
      for (const [i, event] of events.entries()) {
        const decoded = Route.routeEventCodec.fromStored(stored[i]!)
        const fresh = Route.routeEventCodec.fromStored(asReadBack(stored[i]!))
        assert.isTrue(Either.isRight(decoded) && decoded.right !== event, "decoded, not remembered")
        assert.isTrue(Either.isRight(fresh))
        if (Either.isRight(decoded) && Either.isRight(fresh)) {
          const json = Kernel.canonicalJson(Route.routeEventCodec.toNewEvent(event))
          assert.strictEqual(Kernel.canonicalJson(Route.routeEventCodec.toNewEvent(decoded.right)), json)
          assert.strictEqual(Kernel.canonicalJson(Route.routeEventCodec.toNewEvent(fresh.right)), json)
        }
      }
    }).pipe(Effect.provide(Store.InMemoryEventStore.layer)),
  )
})
