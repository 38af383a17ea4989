import { describe, it } from "@effect/vitest"
import { Route, Store } from "@weerbaar/core"
import { programmeScenarios } from "@weerbaar/core/testing"

describe("the Programme service on the in-memory store", () => {
  for (const scenario of programmeScenarios) {
    it.effect(scenario.name, () => scenario.run(Store.InMemoryEventStore.withReadModels(Route.routeReadModels)))
  }
})
