import { InMemoryEventStore, routeReadModels } from "@weerbaar/core"
import { programmeScenarios } from "../support/programmeScenarios.js"

programmeScenarios("the in-memory store", () => InMemoryEventStore.withReadModels(routeReadModels))
