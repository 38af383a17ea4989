import * as fs from "node:fs"
import * as path from "node:path"
import { afterEach, beforeAll, describe, expect, it } from "vitest"
import { initDecided, jsonOf, type Run, tempFolder, weerbaar } from "./support.js"
import { shapes } from "./shapes.js"

// Budgets as they are funded, on a fresh store: a proposal with the programme's money, a partner's
// own contribution, hours in kind and the OM's task without money; the OM confirms its part, and
// the report shows the totals per funding source.

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const must = (...args: ReadonlyArray<string>) => {
  const run = cli(...args)
  if (run.code !== 0) throw new Error(`weerbaar ${args.join(" ")} failed (${run.code}): ${run.stderr}${run.stdout}`)
  return run
}
const badInput = (run: Run, says: string) => {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(2)
  expect(run.stderr).toContain(says)
  expect(run.stderr).toMatch(/next:/)
}
const decide = (body: string, outcome: string, as: string) =>
  must("proposal", "decide", "bv-hennep", "--body", body, "--outcome", outcome, "--as", as, "--rationale", "Besproken.")
const draft = (id: string, ...content: ReadonlyArray<string>) =>
  cli(
    "proposal",
    "draft",
    id,
    "--body",
    "eg-ondermijnende-criminaliteit",
    "--title",
    "Integrale aanpak hennepteelt",
    ...content,
    "--as",
    "lid-eg-oc-rheden",
  )

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
  const drafted = draft(
    "bv-hennep",
    "--budget",
    "projectleiding:politie-oost-nederland:2016:25000",
    "--budget",
    "rechercheurs:politie-oost-nederland:2016:40000:eigen-bijdrage",
    "--budget",
    "toezicht:arnhem:2016:10000:uren-in-natura",
    "--task",
    "om-oost-nederland:Strafrechtelijke aanpak bij signalen: afpakken",
  )
  if (drafted.code !== 0) throw new Error(drafted.stderr)
  must("proposal", "submit", "bv-hennep", "--as", "trekker-eg-ondermijnende-criminaliteit")
  decide("stuurgroep", "approve", "secretaris-stuurgroep")
  decide("dvo", "accord", "secretaris-dvo")
}, 120_000)

afterEach(() => new Promise<void>((resolve) => setImmediate(resolve)))

describe("budget lines by funding source and partners' tasks through the CLI", () => {
  it("the proposal shows each line's funding and the OM's task; the accord committed the programme's part only", () => {
    const shown = JSON.parse(must("proposal", "show", "bv-hennep", "--json").stdout)
    expect(shown.content.budget.map((l: { funding?: string }) => l.funding ?? "programmabudget")).toEqual([
      "programmabudget",
      "eigen-bijdrage",
      "uren-in-natura",
    ])
    expect(shown.content.tasks).toEqual([
      { organisation: "om-oost-nederland", task: "Strafrechtelijke aanpak bij signalen: afpakken" },
    ])
    const text = must("proposal", "show", "bv-hennep").stdout
    expect(text).toContain("rechercheurs · politie-oost-nederland · 2016: € 40.000,00 · eigen-bijdrage")
    expect(text).toContain("task · om-oost-nederland: Strafrechtelijke aanpak bij signalen: afpakken")
    const figures = JSON.parse(must("report", "--json").stdout).figures
    expect(figures.budget.committed).toBe(2_500_000)
  }, 60_000)

  it("a partner with a task and no money confirms its part; an organisation with neither is refused", () => {
    const confirmed = cli(
      "health",
      "confirm",
      "bv-hennep",
      "--organisation",
      "om-oost-nederland",
      "--as",
      "officier-om",
      "--json",
    )
    expect(confirmed.code, confirmed.stderr).toBe(0)
    expect(jsonOf(confirmed, shapes.partConfirmed)).toMatchObject({ organisation: "om-oost-nederland" })
    const refused = cli(
      "health",
      "confirm",
      "bv-hennep",
      "--organisation",
      "rheden",
      "--as",
      "lid-eg-oc-rheden",
      "--json",
    )
    expect(refused.code, refused.stderr).toBe(1)
    expect(refused.stderr).toContain("execution.not-a-partner")
  }, 60_000)

  it("the Markdown and the HTML report show the totals per funding source and per partner", () => {
    const markdown = must("report").stdout
    expect(markdown).toContain("- committed by accords (programme budget): € 25.000,00")
    expect(markdown).toContain(
      "- accorded per funding source: programme budget € 25.000,00, own contribution € 40.000,00, hours in kind € 10.000,00",
    )
    expect(markdown).toContain(
      "- Politie Oost-Nederland: budgeted € 65.000,00 (programme budget € 25.000,00, own contribution € 40.000,00, hours in kind € 0,00), spent € 0,00",
    )
    expect(markdown).toContain(
      "- Arnhem: budgeted € 10.000,00 (programme budget € 0,00, own contribution € 0,00, hours in kind € 10.000,00)",
    )
    must("report", "--format", "html", "--out", "report.html")
    const html = fs.readFileSync(path.join(folder, "report.html"), "utf8")
    expect(html).toContain('<th scope="col">own contribution</th>')
    expect(html).toContain(
      '<tr><th scope="row">per funding source</th><td>€ 25.000,00</td><td>€ 40.000,00</td><td>€ 10.000,00</td></tr>',
    )
  }, 60_000)

  it("bad input: an unknown funding source or a task without its description is refused with exit 2, and nothing is stored", () => {
    badInput(draft("bv-fout", "--budget", "toezicht:arnhem:2016:100:subsidie"), "funding 'subsidie'")
    badInput(draft("bv-fout", "--budget", "toezicht:arnhem:2016:100", "--task", "om-oost-nederland"), "--task")
    expect(cli("proposal", "show", "bv-fout").code).not.toBe(0)
  }, 60_000)
})
