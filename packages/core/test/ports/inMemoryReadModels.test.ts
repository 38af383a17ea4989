import { describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Store } from "@weerbaar/core"
import { readModelContract, readModelContractModels } from "@weerbaar/core/testing"

describe("the in-memory store keeps the read model contract", () => {
  for (const check of readModelContract) {
    it.effect(check.name, () =>
      check.run.pipe(Effect.provide(Store.InMemoryEventStore.withReadModels(readModelContractModels))),
    )
  }
})
