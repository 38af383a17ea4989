import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { routeReadModels } from "@weerbaar/core"
import { afterAll } from "vitest"
import { SqliteStore } from "../src/index.js"
import { programmeScenarios } from "../../core/test/support/programmeScenarios.js"

const folder = mkdtempSync(join(tmpdir(), "weerbaar-scenarios-"))
let n = 0
afterAll(() => rmSync(folder, { recursive: true, force: true }))

// The core's scenarios, unchanged, on a real SQLite file per scenario.
programmeScenarios("a SQLite file", () =>
  SqliteStore.layer({ filename: join(folder, `scenario-${++n}.sqlite`), readModels: routeReadModels }),
)
