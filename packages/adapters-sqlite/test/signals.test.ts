import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, it } from "@effect/vitest"
import { Programme } from "@weerbaar/core"
import { signalScenarios } from "@weerbaar/core/testing"
import { afterAll } from "vitest"
import { SqliteStore } from "../src/index.js"

const folder = mkdtempSync(join(tmpdir(), "weerbaar-signals-"))
let n = 0
afterAll(() => rmSync(folder, { recursive: true, force: true }))

// Core's signal scenarios on a real SQLite file per scenario, keeping every programme read model.
describe("signals stored with their acts, on a SQLite file", () => {
  for (const scenario of signalScenarios) {
    it.effect(scenario.name, () =>
      scenario.run(
        SqliteStore.layer({
          filename: join(folder, `signals-${++n}.sqlite`),
          readModels: Programme.programmeReadModels,
        }),
      ),
    )
  }
})
