import { Governance, Kernel } from "@weerbaar/core"
import { beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { initDecided, jsonOf, tempFolder, weerbaar, weerbaarAsync } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const must = (...args: ReadonlyArray<string>) => {
  const run = cli(...args)
  expect(run.code, `${args.join(" ")}: ${run.stderr}`).toBe(0)
  return run
}
const eventCount = () => jsonOf(cli("verify", "--json"), shapes.verify).events
// Rijnwaarden has no burgemeester in the preset: the theme's expert group records its track.
const actorFor = (m: string) =>
  m === "arnhem"
    ? "voorzitter-dvo"
    : m === "rijnwaarden"
      ? "trekker-eg-ondermijnende-criminaliteit"
      : `burgemeester-${m}`
const area = Governance.areaOn(Governance.samenWeerbaar(), Kernel.calendarDate("2016-03-01"))

const takeNote = (...more: ReadonlyArray<string>) =>
  cli(
    "best-practice",
    "network-agreement",
    "na-hennepconvenant",
    "--theme",
    "ondermijnende-criminaliteit",
    "--title",
    "Hennepconvenant en uitvoeringsregeling",
    "--source",
    "Expertgroep Ondermijning VNON",
    "--agreement",
    "Hennepconvenant Oost-Nederland",
    "--agreed-by",
    "RVO Oost-Nederland",
    "--proposed-by",
    "BBG VNON",
    "--agreed-on",
    "2016-01-28",
    "--decision-id",
    "dvo-2016-02-hennepconvenant",
    "--rationale",
    "Het DVO neemt kennis van de afspraak in het RVO; alle gemeenten voeren haar uit.",
    "--date",
    "2016-02-11",
    ...more,
  )

beforeAll(() => {
  folder = tempFolder()
  initDecided(folder)
})

describe("weerbaar best-practice network-agreement: the network track", () => {
  it("an agreement noted before the network made it, or by someone not acting for the DVO, exits 1 and stores nothing", () => {
    const before = eventCount()
    const early = cli(
      "best-practice",
      "network-agreement",
      "na-te-vroeg",
      "--theme",
      "ondermijnende-criminaliteit",
      "--title",
      "Te vroeg",
      "--source",
      "VNON",
      "--agreement",
      "Hennepconvenant Oost-Nederland",
      "--agreed-by",
      "RVO Oost-Nederland",
      "--agreed-on",
      "2016-03-01",
      "--decision-id",
      "dvo-te-vroeg",
      "--rationale",
      "Kennisname.",
      "--date",
      "2016-02-11",
      "--as",
      "secretaris-dvo",
    )
    expect(early.code, early.stderr).toBe(1)
    expect(early.stderr).toContain("practice.network-agreement-before-agreed")
    const outsider = takeNote("--as", "lid-eg-oc-rheden")
    expect(outsider.code).toBe(1)
    expect(outsider.stderr).toContain("authority.may-not-act-for-body")
    expect(
      cli("best-practice", "network-agreement", "na-x", "--agreed-on", "2016-02-30", "--as", "secretaris-dvo").code,
    ).toBe(2)
    expect(eventCount()).toBe(before)
  })

  it("the DVO takes note, and every municipality executes it without an accord of the programme", async () => {
    const noted = takeNote("--as", "secretaris-dvo", "--json")
    expect(noted.code, noted.stderr).toBe(0)
    expect(JSON.parse(noted.stdout)).toMatchObject({ practiceId: "na-hennepconvenant", status: "vastgesteld_netwerk" })
    for (const m of area) {
      for (const [phase, date] of [
        ["gepland", "2016-03-01"],
        ["in_uitvoering", "2016-04-01"],
      ] as const) {
        const args = ["track", "set", "na-hennepconvenant", m, "--phase", phase, "--date", date, "--as", actorFor(m)]
        const run = await weerbaarAsync(folder, ...args)
        expect(run.code, `${m} ${phase}: ${run.stderr}`).toBe(0)
      }
    }
    const shown = must("best-practice", "show", "na-hennepconvenant").stdout
    expect(shown).toContain(
      "network agreement: Hennepconvenant Oost-Nederland, agreed by RVO Oost-Nederland on 2016-01-28",
    )
    expect(must("best-practice", "list").stdout).toContain("Hennepconvenant Oost-Nederland")
    const report = JSON.parse(must("report", "--date", "2016-04-02", "--json").stdout).figures
    const row = report.matrix.find((r: { practiceId: string }) => r.practiceId === "na-hennepconvenant")
    expect(row.network).toContain("Hennepconvenant Oost-Nederland")
    expect(Object.values(row.phases)).toEqual(area.map(() => "in_uitvoering"))
    // No accord of the programme: the register holds the DVO's note, nothing on an item.
    const register = JSON.parse(must("register", "--json").stdout)
    expect(JSON.stringify(register)).toContain("netwerkafspraak")
    expect(JSON.stringify(register)).not.toContain('"outcome":"accord"')
    const markdown = must("report", "--date", "2016-04-02").stdout
    expect(markdown).toContain("network agreement: Hennepconvenant Oost-Nederland")
  }, 240_000)
})
