import * as fs from "node:fs"
import * as path from "node:path"
import { Information } from "@weerbaar/core"
import { beforeAll, describe, expect, it } from "vitest"
import { shapes } from "./shapes.js"
import { jsonOf, type Run, tempFolder, weerbaar } from "./support.js"

let folder = ""
const cli = (...args: ReadonlyArray<string>) => weerbaar(folder, ...args)
const eventCount = () => jsonOf(cli("verify", "--json"), shapes.verify).events

const refusedWith = (run: Run, code: string) => {
  expect(run.code, run.stderr).toBe(1)
  const refusal = jsonOf(run, shapes.refused)
  expect(refusal.refused.violations.map((v) => v.code)).toContain(code)
  expect(run.stderr).toContain(code)
}

const badInput = (run: Run, option: string) => {
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(2)
  expect(run.stderr).toContain(option)
  expect(run.stderr).toMatch(/next:/)
}

/** The options of a command, each given once: the defaults with `changes` applied. */
const flags = (defaults: Record<string, string>, changes: Record<string, string>) =>
  Object.entries({ ...defaults, ...changes }).flatMap(([option, value]) => [`--${option}`, value])

const products = () => jsonOf(cli("info", "list", "--json"), shapes.infoList).products
const productOf = (productId: string) => products().find((p) => p.productId === productId)

const findingOf = (date: ReadonlyArray<string>, condition: string, code: string, item?: string) => {
  const health = jsonOf(cli("health", ...date, "--json"), shapes.health)
  const finding = health.conditions
    .find((c) => c.condition === condition)
    ?.findings.find((f) => f.code === code && (item === undefined || f.facts.item === item))
  expect(finding, `${condition} ${code} ${item ?? ""}`).toBeDefined()
  return finding!.facts
}

beforeAll(() => {
  folder = tempFolder()
  const demo = cli("demo")
  expect(demo.code, demo.stderr).toBe(0)
})

describe("weerbaar info register", () => {
  const register = (productId: string, person: string, changes: Record<string, string> = {}) =>
    cli(
      "info",
      "register",
      productId,
      ...flags(
        {
          kind: "lokaal-ondermijningsbeeld",
          producer: "ede",
          scope: "ede",
          classification: "intern",
          title: "Lokaal ondermijningsbeeld Ede",
          date: "2017-02-01",
          as: person,
        },
        changes,
      ),
      "--theme",
      "hennep",
      "--theme",
      "drugs",
      "--json",
    )

  it("registers a product that `info list` then shows with its profile, and `info show` with its content", () => {
    const registered = register("lob-ede-2017", "burgemeester-ede", {
      summary: "Hennepteelt in het buitengebied.",
      document: "EDE/2017/0042",
    })
    expect(registered.code, registered.stderr).toBe(0)
    expect(jsonOf(registered, shapes.executed).events).toEqual([
      { position: expect.any(Number), streamId: "info-lob-ede-2017", type: "ProductRegistered" },
    ])
    expect(productOf("lob-ede-2017")).toEqual({
      productId: "lob-ede-2017",
      kind: "lokaal-ondermijningsbeeld",
      producer: "ede",
      scope: "ede",
      themes: ["hennep", "drugs"],
      classification: "intern",
      status: "gestart",
      startedOn: "2017-02-01",
      motivates: [],
      entitlements: [],
    })
    const shown = jsonOf(cli("info", "show", "lob-ede-2017", "--as", "burgemeester-ede", "--json"), shapes.infoShow)
    expect(shown.content).toEqual({
      title: "Lokaal ondermijningsbeeld Ede",
      summary: "Hennepteelt in het buitengebied.",
      documentReference: "EDE/2017/0042",
    })
  })

  it("reads --scope as `info list` prints it: district, a municipality, gemeente:ID, regio:NAME", () => {
    const scopes = [
      ["district", "district"],
      ["district:rheden,kampen,enschede", "district"],
      ["gemeente:rheden", "rheden"],
      ["regio:Oost-Nederland", "Oost-Nederland"],
    ] as const
    for (const [index, [scope, listed]] of scopes.entries()) {
      const productId = `tob-scope-${index}`
      const run = cli(
        "info",
        "register",
        productId,
        "--kind",
        "tactisch-ondermijningsbeeld",
        "--producer",
        "riec-oost-nederland",
        "--scope",
        scope,
        "--theme",
        "omg",
        "--classification",
        "vertrouwelijk",
        "--title",
        "Tactisch beeld",
        "--as",
        "manager-riec",
      )
      expect(run.code, run.stderr).toBe(0)
      expect(productOf(productId)?.scope).toBe(listed)
    }
    const piloted = JSON.parse(cli("info", "show", "tob-scope-1", "--as", "manager-riec", "--json").stdout)
    expect(piloted.scope).toEqual({ kind: "district", pilotSites: ["rheden", "kampen", "enschede"] })
  })

  it("refuses a registration by a person who is not of the producer, naming the rule", () => {
    refusedWith(register("lob-ede-doesburg", "burgemeester-doesburg"), "information.not-producer")
    expect(productOf("lob-ede-doesburg")).toBeUndefined()
  })

  it("a bad --kind, --scope or --date exits 2 naming the option and stores nothing", () => {
    const before = eventCount()
    badInput(register("lob-bad-kind", "burgemeester-ede", { kind: "roddel" }), "--kind")
    badInput(register("lob-bad-scope", "burgemeester-ede", { scope: "regio:" }), "--scope")
    badInput(register("lob-bad-date", "burgemeester-ede", { date: "1-2-2017" }), "--date")
    expect(eventCount()).toBe(before)
  })

  it("lists every kind, theme and classification the core knows in its help", () => {
    const help = cli("info", "register", "--help")
    expect(help.code, help.stderr).toBe(0)
    for (const value of [
      ...Information.InformationKind.literals,
      ...Information.InformationTheme.literals,
      ...Information.Classification.literals,
    ]) {
      expect(help.stdout).toContain(value)
    }
  })
})

describe("weerbaar info unlink", () => {
  const unlink = (...more: ReadonlyArray<string>) =>
    cli(
      "info",
      "unlink",
      "lokaal-ob-rheden",
      "--practice",
      "bp-lokaal-ondermijningsbeeld",
      "--reason",
      "Het beeld motiveerde de aanpak niet.",
      "--json",
      ...more,
    )

  it("refuses a person outside the expert groups and the Stuurgroep, leaving the link", () => {
    refusedWith(unlink("--as", "burgemeester-doesburg"), "information.may-not-link")
    expect(productOf("lokaal-ob-rheden")?.motivates).toContain("bp-lokaal-ondermijningsbeeld")
  })

  it("an expert group member withdraws the link, and the reason is in the log", () => {
    const unlinked = unlink("--as", "lid-eg-oc-rheden")
    expect(unlinked.code, unlinked.stderr).toBe(0)
    expect(jsonOf(unlinked, shapes.executed).events.map((e) => e.type)).toEqual(["PracticeUnlinked"])
    expect(productOf("lokaal-ob-rheden")?.motivates).not.toContain("bp-lokaal-ondermijningsbeeld")
    expect(cli("export", "unlinked.jsonl").code).toBe(0)
    const events = fs
      .readFileSync(path.join(folder, "unlinked.jsonl"), "utf8")
      .split("\n")
      .filter((line) => line.includes('"PracticeUnlinked"'))
      .map((line) => JSON.parse(line).payload)
    expect(events).toEqual([
      expect.objectContaining({
        productId: "lokaal-ob-rheden",
        practiceId: "bp-lokaal-ondermijningsbeeld",
        reason: "Het beeld motiveerde de aanpak niet.",
        unlinkedBy: "lid-eg-oc-rheden",
      }),
    ])
    refusedWith(unlink("--as", "lid-eg-oc-rheden"), "information.not-linked")
  })

  it("a bad --practice exits 2 naming the option", () => {
    const before = eventCount()
    badInput(
      cli(
        "info",
        "unlink",
        "lokaal-ob-rheden",
        "--practice",
        "Hennep Aanpak",
        "--reason",
        "X",
        "--as",
        "lid-eg-oc-rheden",
      ),
      "--practice",
    )
    expect(eventCount()).toBe(before)
  })
})

describe("weerbaar health confirm", () => {
  const confirm = (organisation: string, person: string) =>
    cli("health", "confirm", "bv-bibob-2016", "--organisation", organisation, "--as", person, "--json")
  const partsOfBibob = () =>
    findingOf(["--date", "2017-03-01"], "commitment", "health.commitment.parts-confirmed", "bv-bibob-2016")

  it("refuses a person of another organisation, naming the rule", () => {
    refusedWith(confirm("vggm", "teamchef-politie"), "execution.not-own-organisation")
    expect(partsOfBibob().confirmed).toEqual([])
  })

  it("a person of the partner confirms its part: `health --date` shows it confirmed; a second time is refused", () => {
    expect(partsOfBibob().unconfirmed).toEqual(["arnhem", "vggm"])
    const confirmed = confirm("vggm", "ondersteuning-communicatie")
    expect(confirmed.code, confirmed.stderr).toBe(0)
    const json = jsonOf(confirmed, shapes.partConfirmed)
    expect(json).toMatchObject({ itemId: "bv-bibob-2016", organisation: "vggm" })
    expect(json.events.map((e) => [e.streamId, e.type])).toEqual([["commitment-bv-bibob-2016", "PartConfirmed"]])
    expect(partsOfBibob()).toMatchObject({ confirmed: ["vggm"], unconfirmed: ["arnhem"] })
    refusedWith(confirm("vggm", "ondersteuning-communicatie"), "execution.already-confirmed")
  })

  it("a bad --organisation exits 2 naming the option", () => {
    badInput(confirm("VGGM Gelderland", "ondersteuning-communicatie"), "--organisation")
  })
})

describe("weerbaar health spend", () => {
  const spend = (person: string, changes: Record<string, string>) =>
    cli(
      "health",
      "spend",
      "bv-bibob-2016",
      ...flags(
        {
          line: "platform:vggm:2017",
          date: "2017-03-01",
          description: "Samenwerkingsplatform Bibob",
          as: person,
        },
        changes,
      ),
      "--json",
    )
  const spent = () => findingOf([], "budget", "health.budget.position").spent as number

  it("refuses a person who neither works for the line's organisation nor acts for the Stuurgroep", () => {
    const before = spent()
    refusedWith(spend("burgemeester-doesburg", { amount: "100" }), "spending.may-not-report")
    expect(spent()).toBe(before)
  })

  it("reports euros with cents as the budget writes them; `health` counts them; more than the line is signalled, with its reason", () => {
    const before = spent()
    const reported = spend("ondersteuning-communicatie", { amount: "1250,50" })
    expect(reported.code, reported.stderr).toBe(0)
    expect(jsonOf(reported, shapes.spendingReported)).toMatchObject({
      itemId: "bv-bibob-2016",
      line: { category: "platform", organisation: "vggm", year: 2017 },
      amount: 125_050,
      spentOn: "2017-03-01",
      events: [{ streamId: "spending-bv-bibob-2016", type: "SpendingReported" }],
    })
    expect(spent()).toBe(before + 125_050)
    // The line has € 5.000: € 1.250,50 spent leaves € 3.749,50. The preset signals an overrun and asks why.
    refusedWith(spend("ondersteuning-communicatie", { amount: "3749.51" }), "signal.reason-required")
    expect(spent()).toBe(before + 125_050)
    const over = spend("ondersteuning-communicatie", { amount: "3749.51", reason: "Extra licenties voor Rheden." })
    expect(over.code, over.stderr).toBe(0)
    expect(jsonOf(over, shapes.spendingReported).signals.map((s) => s.code)).toEqual(["spending.exceeds-line"])
    expect(spent()).toBe(before + 125_050 + 374_951)
  })

  it("a bad --amount, --line or --date exits 2 naming the option and stores nothing", () => {
    const before = eventCount()
    badInput(spend("ondersteuning-communicatie", { amount: "1.250,50" }), "--amount")
    badInput(spend("ondersteuning-communicatie", { amount: "10", line: "platform:vggm" }), "--line")
    badInput(spend("ondersteuning-communicatie", { amount: "10", date: "2017-02-30" }), "--date")
    expect(eventCount()).toBe(before)
  })
})
