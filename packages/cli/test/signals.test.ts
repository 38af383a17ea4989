import { Either } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { Governance } from "@weerbaar/core"
import { beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, tempFolder, weerbaar, initDecided } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)

// 25.000 euro asked, 10.000 available; the model lets the DVO's accord through with a signal.
beforeAll(() => {
  folder = tempFolder()
  const model = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  model.programme.availableBudget = 1_000_000
  model.forces = { "budget.exceeds-available": "signaleren" }
  fs.writeFileSync(path.join(folder, "model.json"), JSON.stringify(model))
  initDecided(folder, { model: Either.getOrThrow(Governance.decodeGovernanceModel(model)) })
  const steps: ReadonlyArray<ReadonlyArray<string>> = [
    [
      "proposal",
      "draft",
      "bv-ruim",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Ruim",
      "--budget",
      "projectleiding:politie-oost-nederland:2025:25000",
      "--as",
      "lid-eg-oc-rheden",
    ],
    ["proposal", "submit", "bv-ruim", "--as", "trekker-eg-ondermijnende-criminaliteit"],
    [
      "proposal",
      "decide",
      "bv-ruim",
      "--body",
      "stuurgroep",
      "--outcome",
      "approve",
      "--rationale",
      "Goed.",
      "--as",
      "secretaris-stuurgroep",
    ],
  ]
  for (const step of steps) {
    const run = cli(...step)
    expect(run.code, run.stderr).toBe(0)
  }
})

const accord = (id: string, ...output: ReadonlyArray<string>) =>
  cli(
    "proposal",
    "decide",
    id,
    "--body",
    "dvo",
    "--outcome",
    "accord",
    "--rationale",
    "Akkoord.",
    "--as",
    "secretaris-dvo",
    ...output,
  )

describe("a command a rule signals", () => {
  it("prints each signal on a line of its own, after the events it stored", () => {
    const run = accord("bv-ruim")
    expect(run.code, run.stderr).toBe(0)
    const lines = run.stdout.split("\n")
    const signalled = lines.filter((l) => l.includes("gesignaleerd:"))
    expect(signalled).toHaveLength(1)
    expect(signalled[0]).toMatch(/^ {2}gesignaleerd: budget\.exceeds-available: \S/)
    expect(lines.some((l) => l.includes("stored DecisionRecorded"))).toBe(true)

    const shown = jsonOf(cli("proposal", "show", "bv-ruim", "--json"), shapes.itemShow)
    expect(shown.status).toBe("accorded")
  })

  it("under --json --lang en, each signal is explained in English with its facts; a command without signals has none", () => {
    const drafted = cli(
      "proposal",
      "draft",
      "bv-ook-ruim",
      "--body",
      "eg-ondermijnende-criminaliteit",
      "--title",
      "Ook ruim",
      "--budget",
      "projectleiding:politie-oost-nederland:2025:25000",
      "--as",
      "lid-eg-oc-rheden",
      "--json",
    )
    expect(drafted.code, drafted.stderr).toBe(0)
    expect(jsonOf(drafted, shapes.itemChanged).signals).toEqual([])
    const submitted = cli("proposal", "submit", "bv-ook-ruim", "--as", "trekker-eg-ondermijnende-criminaliteit")
    expect(submitted.code, submitted.stderr).toBe(0)
    const approved = cli(
      "proposal",
      "decide",
      "bv-ook-ruim",
      "--body",
      "stuurgroep",
      "--outcome",
      "approve",
      "--rationale",
      "Goed.",
      "--as",
      "secretaris-stuurgroep",
    )
    expect(approved.code, approved.stderr).toBe(0)
    const run = accord("bv-ook-ruim", "--json", "--lang", "en")
    expect(run.code, run.stderr).toBe(0)
    const result = jsonOf(run, shapes.itemChanged)
    expect(result.status).toBe("accorded")
    expect(result.signals.map((s) => s.code)).toEqual(["budget.exceeds-available"])
    expect(result.signals[0]!.explanation).not.toBe("")
    expect(Object.keys(result.signals[0]!.facts).length).toBeGreaterThan(0)
  })
})

describe("signals where they are read", () => {
  // After the DVO's accord of bv-ruim above, beyond the envelope.
  it("the decision register shows each decision's signals, and health counts them per rule", () => {
    const register = cli("register", "--item", "bv-ruim", "--json", "--lang", "en")
    expect(register.code, register.stderr).toBe(0)
    const decisions = (
      JSON.parse(register.stdout) as {
        decisions: ReadonlyArray<{
          bestuursorgaan: string
          signals: ReadonlyArray<{ code: string; explanation: string }>
        }>
      }
    ).decisions
    expect(decisions.map((d) => [d.bestuursorgaan, d.signals.map((s) => s.code)])).toEqual([
      ["stuurgroep", []],
      ["dvo", ["budget.exceeds-available"]],
    ])
    expect(decisions[1]!.signals[0]!.explanation).not.toBe("")
    const text = cli("register", "--item", "bv-ruim")
    expect(text.stdout.split("\n").filter((l) => l.includes("gesignaleerd: budget.exceeds-available:"))).toHaveLength(1)

    const health = cli("health", "--json")
    expect(health.code, health.stderr).toBe(0)
    const signals = (
      JSON.parse(health.stdout) as { signals: { byRule: ReadonlyArray<{ code: string; count: number }> } }
    ).signals
    expect(signals.byRule.find((r) => r.code === "budget.exceeds-available")?.count).toBeGreaterThanOrEqual(1)
    expect(cli("health").stdout).toContain("signalen (pas toe of leg uit):")
  })
})
