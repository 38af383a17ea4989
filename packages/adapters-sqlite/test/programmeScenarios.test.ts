import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { programmeScenarios } from "@weerbaar/core/testing"
import { afterAll } from "vitest"
import { SqliteStore } from "../src/index.js"

const folder = mkdtempSync(join(tmpdir(), "weerbaar-scenarios-"))
let n = 0
afterAll(() => rmSync(folder, { recursive: true, force: true }))

// The core's scenarios, unchanged, on a real SQLite file per scenario.
describe("the Programme service on a SQLite file", () => {
  for (const scenario of programmeScenarios) {
    it.effect(scenario.name, () =>
      scenario.run(
        SqliteStore.layer({ filename: join(folder, `scenario-${++n}.sqlite`), readModels: Route.routeReadModels }),
      ),
    )
  }
})
