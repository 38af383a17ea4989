import * as fs from "node:fs"
import * as path from "node:path"
import { Governance } from "@weerbaar/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { initDecided, tempFolder, weerbaar } from "./support.js"

let folder: string
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)

// The preset with six times the budget: a change of structure.
const richer = () => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  json.programme.availableBudget *= 6
  fs.writeFileSync(path.join(folder, "richer.json"), JSON.stringify(json))
  return json.programme.availableBudget as number
}

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
}, 120_000)
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const versions = () => JSON.parse(cli("model", "versions", "--json").stdout)

describe("weerbaar model adopt", () => {
  it("a change of structure without the DVO's decision is refused with model.requires-decision, and nothing is stored", () => {
    richer()
    const before = versions()
    const run = cli("model", "adopt", "richer.json", "--as", "secretaris-stuurgroep")
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("model.requires-decision")
    expect(versions()).toEqual(before)
  })

  it("--item without --decision is exit 2", () => {
    expect(cli("model", "adopt", "richer.json", "--as", "secretaris-dvo", "--item", "pb-budget").code).toBe(2)
  })

  it("with the DVO's approval of an adjustment proposing it, the version applies from the decision's date", () => {
    const available = richer()
    const ok = (...args: ReadonlyArray<string>) => {
      const run = cli(...args)
      expect(run.code, `${args.join(" ")}\n${run.stderr}`).toBe(0)
      return run
    }
    ok(
      "adjustment",
      "draft",
      "pb-budget",
      "--as",
      "secretaris-stuurgroep",
      "--body",
      "stuurgroep",
      "--title",
      "Meer budget",
      "--model",
      "richer.json",
    )
    ok("adjustment", "submit", "pb-budget", "--as", "secretaris-stuurgroep", "--date", "2016-05-01")
    ok(
      "adjustment",
      "decide",
      "pb-budget",
      "--as",
      "secretaris-dvo",
      "--body",
      "dvo",
      "--outcome",
      "approve",
      "--date",
      "2016-05-12",
      "--rationale",
      "Het DVO stemt in.",
      "--decision-id",
      "dvo-budget",
    )
    const adopted = JSON.parse(
      ok(
        "model",
        "adopt",
        "richer.json",
        "--as",
        "secretaris-dvo",
        "--item",
        "pb-budget",
        "--decision",
        "dvo-budget",
        "--json",
      ).stdout,
    )
    expect(adopted).toMatchObject({
      validFrom: "2016-05-12",
      decided: true,
      basis: { _tag: "besluit", decisionId: "dvo-budget" },
    })
    expect(
      versions()
        .map((v: { validFrom: string }) => v.validFrom)
        .at(-1),
    ).toBe("2016-05-12")
    const again = cli(
      "model",
      "adopt",
      "richer.json",
      "--as",
      "secretaris-dvo",
      "--item",
      "pb-budget",
      "--decision",
      "dvo-budget",
    )
    expect([again.code, again.stderr.includes("model.decision-already-cited")]).toEqual([1, true])
    expect(available).toBe(Governance.samenWeerbaar().programme.availableBudget * 6)
  })
})
