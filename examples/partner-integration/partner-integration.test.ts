import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"

const root = fileURLToPath(new URL("../..", import.meta.url))

describe("examples/partner-integration", () => {
  it("drives the typed client against a server on loopback and receives the decision as a notification", async () => {
    const { stdout: output } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "examples/partner-integration/main.ts"],
      { cwd: root, encoding: "utf8", timeout: 60_000 },
    )
    for (const text of [
      "needs no token",
      "subscription registered for secretaris-dvo",
      "drafted draft, version 1; retry returns the same item: true",
      'submitted with If-Match "1"; whose turn: stuurgroep',
      "409 Geweigerd door het regelboek / Refused by the rule book",
      "route.previous-step-not-approved: stuurgroep has not approved version 1 of bv-vastgoedfraude-2016; dvo cannot decide on it.",
      '412: current ETag "2"',
      "approved; whose turn: dvo",
      "besluiten · DecisionRecorded · /v1/voorstellen/bv-vastgoedfraude-2016",
      "GovernanceModelAdopted, ItemDrafted, ItemSubmitted, DecisionRecorded",
      "unsubscribed",
    ]) {
      assert.include(output, text)
    }
  }, 90_000)
})
