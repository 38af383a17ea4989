import { describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Store } from "@weerbaar/core"
import { eventStoreContract } from "@weerbaar/core/testing"

describe("the in-memory event store keeps the event store contract", () => {
  for (const check of eventStoreContract) {
    it.effect(check.name, () => check.run.pipe(Effect.provide(Store.InMemoryEventStore.layer)))
  }
})
