import { Either } from "effect"
import * as fs from "node:fs"
import * as path from "node:path"
import { Governance } from "@weerbaar/core"
import { beforeAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar, initDecided } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const ok = (...args: ReadonlyArray<string>) => {
  const run = cli(...args)
  expect(run.code, run.stderr).toBe(0)
  return run
}

// A model that signals a pilot in a municipality the Stuurgroep did not designate: Ede starts its
// own pilot with a reason, the expert group starts one in Rheden, first without (refused), then with one.
beforeAll(() => {
  folder = tempFolder()
  const model = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  model.forces = { "track.not-a-pilot-municipality": "signaleren" }
  fs.writeFileSync(path.join(folder, "model.json"), JSON.stringify(model))
  initDecided(folder, { model: Either.getOrThrow(Governance.decodeGovernanceModel(model)) })
  ok(
    "best-practice",
    "register",
    "bp-eigen-pilot",
    "--theme",
    "ondermijnende-criminaliteit",
    "--title",
    "Eigen pilot",
    "--origin",
    "elders-nl",
    "--source",
    "Elders",
    "--as",
    "lid-eg-oc-rheden",
  )
  const pilot = ok(
    "track",
    "set",
    "bp-eigen-pilot",
    "ede",
    "--phase",
    "pilot",
    "--reason",
    "Ede begint op eigen initiatief.",
    "--as",
    "burgemeester-ede",
  )
  expect(pilot.stdout).toContain("gesignaleerd: track.not-a-pilot-municipality")
  const rheden = [
    "track",
    "set",
    "bp-eigen-pilot",
    "rheden",
    "--phase",
    "pilot",
    "--as",
    "trekker-eg-ondermijnende-criminaliteit",
  ]
  // The rule asks a reason: without one the pilot is refused.
  const unexplained = cli(...rheden)
  expect([unexplained.code, unexplained.stderr.includes("signal.reason-required")]).toEqual([1, true])
  ok(...rheden, "--reason", "Rheden nam het initiatief.")
})

describe("the report's signals", () => {
  it("shows each signal under its municipality and measure, with the rule, date, explanation and reason", () => {
    const report = ok("report").stdout
    const section = report.slice(
      report.indexOf("## Signalen (pas toe of leg uit)"),
      report.indexOf("## Late milestones"),
    )
    const ede = section.slice(section.indexOf("### Ede"), section.indexOf("### Rheden"))
    expect(ede).toContain("- **Eigen pilot (bp-eigen-pilot)**")
    expect(ede).toMatch(
      /- \d{4}-\d{2}-\d{2} · track\.not-a-pilot-municipality: .*ede.* — reden: Ede begint op eigen initiatief\./,
    )
    const rheden = section.slice(section.indexOf("### Rheden"))
    expect(rheden).toContain("- **Eigen pilot (bp-eigen-pilot)**")
    expect(rheden).toContain("track.not-a-pilot-municipality")
    expect(rheden).toContain("reden: Rheden nam het initiatief.")
  })

  it("the HTML report has the same section, and a report dated before the signals shows none", () => {
    ok("report", "--format", "html", "--out", "report.html")
    const html = fs.readFileSync(path.join(folder, "report.html"), "utf8")
    expect(html).toContain("<h2>Signalen (pas toe of leg uit)</h2>")
    expect(html).toContain("<h3>Ede</h3>")
    expect(html).toContain("reden: Ede begint op eigen initiatief.")
    const before = ok("report", "--date", "2015-01-01").stdout
    expect(before).toMatch(/## Signalen \(pas toe of leg uit\)\n\ngeen\n/)
  })
})

describe("health's signals", () => {
  it("counts the pilots per rule; with the reasons the rule asks, none is open", () => {
    const json = JSON.parse(ok("health", "--json").stdout) as {
      signals: {
        byRule: ReadonlyArray<{ code: string; count: number }>
        openByMunicipality: ReadonlyArray<{ municipality: string; signals: ReadonlyArray<{ practiceId?: string }> }>
      }
    }
    expect(json.signals.byRule).toEqual([{ code: "track.not-a-pilot-municipality", count: 2 }])
    expect(json.signals.openByMunicipality).toEqual([])
    const text = ok("health").stdout
    expect(text).toContain("signalen (pas toe of leg uit):")
    expect(text).not.toContain("open in rheden")
  })
})
