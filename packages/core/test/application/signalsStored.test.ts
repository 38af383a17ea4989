import { describe, it } from "@effect/vitest"
import { Programme, Store } from "@weerbaar/core"
import { signalScenarios } from "../../src/testing/signalScenarios.js"

// ADR 0017 decision 3 on the in-memory store; the SQLite adapter runs the same scenarios.
describe("signals stored with their acts", () => {
  for (const scenario of signalScenarios) {
    it.effect(scenario.name, () => scenario.run(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)))
  }
})
