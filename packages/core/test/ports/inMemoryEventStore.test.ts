import { describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { eventStoreContract, InMemoryEventStore } from "@weerbaar/core"

describe("the in-memory event store keeps the event store contract", () => {
  for (const check of eventStoreContract) {
    it.effect(check.name, () => check.run.pipe(Effect.provide(InMemoryEventStore.layer)))
  }
})
