import { describe, it } from "@effect/vitest"
import { InMemoryEventStore, routeReadModels } from "@weerbaar/core"
import { programmeScenarios } from "@weerbaar/core/testing"

describe("the Programme service on the in-memory store", () => {
  for (const scenario of programmeScenarios) {
    it.effect(scenario.name, () => scenario.run(InMemoryEventStore.withReadModels(routeReadModels)))
  }
})
