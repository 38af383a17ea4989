import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))

describe("examples/vnon-handover", () => {
  it("hands Best Practices over to VNON against the built package and prints each step", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "examples/vnon-handover/main.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    })
    for (const text of [
      "before the designation: signal.reason-required: Rule track.not-a-pilot-municipality is signalled",
      "submitted: bp-hennepconvenant voorgesteld",
      "accorded: bp-hennepconvenant geaccordeerd",
      "Rozendaal with its reason: signalled track.exemption-required",
      "active phases: uitvoeren, borgen",
      "package version 2, 3 practices, sha-256",
      "| # Overdracht: Overdracht Samen Weerbaar aan VNON",
      "ProgrammeEnded",
      "handover package refused (tampered)",
      "catalogue: 0 practices",
      "bp-keurmerk-ondernemen overgedragen",
      "bp-hennepconvenant: vastgesteld_netwerk (accord dvo-2016-05, handover sg-2017-04-overdracht, agreement rvo-2017-06)",
    ]) {
      assert.include(output, text)
    }
    assert.strictEqual(output.match(/^▸ /gm)?.length, 12, "every step is printed")
  })
})
