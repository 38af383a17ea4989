import { describe, it } from "@effect/vitest"
import { eventStoreContract, readModelContract, readModelContractModels } from "@weerbaar/core/testing"
import { Effect } from "effect"
import { freshStore } from "./support/tempFiles.js"

describe("the SQLite store keeps the event store contract", () => {
  for (const check of eventStoreContract) {
    it.effect(check.name, () => check.run.pipe(Effect.provide(freshStore())))
  }
})

describe("the SQLite store keeps the read model contract", () => {
  for (const check of readModelContract) {
    it.effect(check.name, () => check.run.pipe(Effect.provide(freshStore(readModelContractModels))))
  }
})
