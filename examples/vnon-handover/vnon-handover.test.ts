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
      "submitted: bp-lokaal-ondermijningsbeeld voorgesteld",
      "accorded: bp-lokaal-ondermijningsbeeld geaccordeerd",
      "Rozendaal with its reason: signalled track.exemption-required",
      "active phases: uitvoeren, borgen",
      "package version 2, 3 practices, sha-256",
      "| # Overdracht: Overdracht Samen Weerbaar aan VNON",
      "ProgrammeEnded",
      "handover package refused (tampered)",
      "catalogue: 0 practices",
      "bp-keurmerk-ondernemen overgedragen",
      "bp-lokaal-ondermijningsbeeld: vastgesteld_netwerk (accord dvo-2016-05, handover sg-2017-04-overdracht, agreement rvo-2017-06)",
      "bp-lokaal-ondermijningsbeeld: vastgesteld_netwerk, version 2",
      "v1 Stuurgroep Samen Weerbaar: overgedragen door Samen Weerbaar (Gelderland-Midden)",
      "v2 burgemeester-deventer: Na de evaluatie aangepast aan de vijf districten.",
      "from Samen Weerbaar, package sha-256",
      "lid: lid Expertgroep Ondermijnende Criminaliteit (Rheden) (eerder in Samen Weerbaar: Expertgroep Ondermijnende Criminaliteit lid",
      "DVO Gelderland-Midden (burgemeester Westervoort, hoofdofficier van justitie OM Oost-Nederland) ↔ voorzitter Expertgroep Ondermijning VNON: burgemeester Deventer",
    ]) {
      assert.include(output, text)
    }
    assert.strictEqual(output.match(/^▸ /gm)?.length, 14, "every step is printed")
  })
})
