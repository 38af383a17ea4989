import { execFileSync } from "node:child_process"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))

describe("examples/embed-core", () => {
  it("plays the approval story against the built package and prints refusals and allowed actions", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "examples/embed-core/main.ts"], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    })
    for (const text of [
      "the Stuurgroep returns it with remarks",
      "version 2 starts the route again",
      "nl  decision.quorum-not-met: dvo: 6 van 19 stemgerechtigde leden aanwezig, 10 nodig (quorum 50%).",
      "en  decision.quorum-not-met: dvo: 6 of 19 entitled members present, 10 needed (quorum 50%).",
      "allowed now (submitted) — secretaris-dvo:",
      "✔ DVO Gelderland-Midden: accorderen",
      "status: accorded; committed € 45.000,00 of € 1.500.000,00",
    ]) {
      assert.include(output, text)
    }
    assert.strictEqual(output.match(/allowed now/g)?.length, 6, "three persons at two moments")
  })
})
