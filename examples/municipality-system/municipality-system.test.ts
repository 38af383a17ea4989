import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))

describe("examples/municipality-system", () => {
  it("keeps Rheden's own read model in the SQLite file, built from the log and updated with every append", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "examples/municipality-system/main.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    })
    for (const text of [
      "26 events in weerbaar.db; the file is closed",
      "built from the log on opening:",
      "bp-lokaal-ondermijningsbeeld (ondermijnende-criminaliteit): in_uitvoering since 2016-09-01 — 2016-02-15 geen → pilot; 2016-09-01 pilot → in_uitvoering",
      "bp-weerbaar-bestuur (weerbare-overheid): gepland since 2016-06-01",
      "in execution in Rheden: bp-lokaal-ondermijningsbeeld",
      "geborgd since 2017-03-01",
      "track.may-not-act-for-municipality: burgemeester-rheden does not act for ede",
      "hash chain: intact, 27 events",
    ]) {
      assert.include(output, text)
    }
    assert.notInclude(output, "ede)", "Ede's tracks are not in Rheden's overview")
    assert.strictEqual(output.match(/^ {4}bp-/gm)?.length, 4, "two measures, shown twice")
  })
})
