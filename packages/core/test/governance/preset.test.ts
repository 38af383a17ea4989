import { assert, describe, it } from "@effect/vitest"
import { Option } from "effect"
import { Governance, Kernel } from "@weerbaar/core"

const model = Governance.samenWeerbaar()
const june2016 = Kernel.calendarDate("2016-06-01")

describe("the Samen Weerbaar preset", () => {
  const codesOn = (date: string) =>
    Governance.areaOn(model, Kernel.calendarDate(date))
      .map((id) => model.organisations.find((o) => o.id === id))
      .map((g) => (g !== undefined && Governance.isGemeente(g) ? g.cbsCode : "missing"))
      .sort()

  it("covers the 16 municipalities of Gelderland-Midden of 2016 with their CBS codes, Rijnwaarden among them", () => {
    assert.deepStrictEqual(codesOn("2016-06-01"), [
      "GM0196",
      "GM0202",
      "GM0203",
      "GM0221",
      "GM0226",
      "GM0228",
      "GM0267",
      "GM0274",
      "GM0275",
      "GM0277",
      "GM0279",
      "GM0289",
      "GM0293",
      "GM0299",
      "GM1705",
      "GM1734",
    ])
  })

  it("covers 15 from 2018-01-01, when Rijnwaarden merged into Zevenaar", () => {
    assert.strictEqual(codesOn("2017-12-31").length, 16)
    assert.deepStrictEqual(
      codesOn("2018-01-01"),
      codesOn("2017-12-31").filter((code) => code !== "GM0196"),
    )
    assert.strictEqual(Governance.successorOn(model, "rijnwaarden", Kernel.calendarDate("2018-01-01")), "zevenaar")
    assert.strictEqual(Governance.successorOn(model, "rijnwaarden", Kernel.calendarDate("2017-12-31")), "rijnwaarden")
  })

  it("lists Kampen and Enschede as reference municipalities outside the district, and the plan's three themes", () => {
    assert.deepStrictEqual(
      Governance.referenceMunicipalitiesOn(model, june2016).map((r) => r.id),
      ["kampen", "enschede"],
    )
    assert.isFalse(Governance.inAreaOn(model, "deventer", june2016))
    assert.deepStrictEqual(
      model.themes.map((t) => t.id),
      ["weerbare-overheid", "weerbare-maatschappij", "ondermijnende-criminaliteit"],
    )
  })

  it("has one body per governing level and an expert group per theme", () => {
    assert.strictEqual(Option.getOrThrow(Governance.bodyOfLevel(model, "bestuurlijk")).id, "dvo")
    assert.strictEqual(Option.getOrThrow(Governance.bodyOfLevel(model, "besturing")).id, "stuurgroep")
    assert.strictEqual(
      Option.getOrThrow(Governance.expertGroupOf(model, "ondermijnende-criminaliteit")).id,
      "eg-ondermijnende-criminaliteit",
    )
    assert.strictEqual(
      Option.getOrThrow(Governance.expertGroupOf(model, "weerbare-overheid")).id,
      "eg-weerbare-overheid",
    )
    assert.deepStrictEqual(
      model.bodies.filter((b) => b.level === "netwerk").map((b) => b.id),
      ["eg-ondermijning-vnon", "bbg", "rvo"],
    )
  })

  it("lets the voorzitter and secretaris act for the DVO, but not an ordinary member", () => {
    assert.deepStrictEqual<ReadonlyArray<string>>(
      Governance.actorsFor(model, Governance.BodyId.make("dvo"), june2016),
      ["voorzitter-dvo", "secretaris-dvo"],
    )
    assert.isFalse(
      Governance.mayActFor(
        model,
        Governance.PersonId.make("burgemeester-ede"),
        Governance.BodyId.make("dvo"),
        june2016,
      ),
    )
    assert.isTrue(
      Governance.mayActFor(
        model,
        Governance.PersonId.make("trekker-eg-weerbare-overheid"),
        Governance.BodyId.make("eg-weerbare-overheid"),
        june2016,
      ),
    )
  })

  it("knows nobody in an expert group before it was installed", () => {
    assert.deepStrictEqual(
      Governance.membersOn(model, Governance.BodyId.make("eg-weerbare-overheid"), Kernel.calendarDate("2015-12-31")),
      [],
    )
    assert.isFalse(
      Governance.mayActFor(
        model,
        Governance.PersonId.make("trekker-eg-weerbare-overheid"),
        Governance.BodyId.make("eg-weerbare-overheid"),
        Kernel.calendarDate("2015-12-31"),
      ),
    )
  })

  it("counts voorzitter, trekker and leden as voting members, not the support staff", () => {
    const voting: ReadonlyArray<string> = Governance.votingMembersOn(
      model,
      Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
      june2016,
    )
    assert.include(voting, "trekker-eg-ondermijnende-criminaliteit")
    assert.notInclude(voting, "ondersteuning-beleid")
    assert.strictEqual(voting.length, 5)
  })

  it("renders as a tree of levels, bodies, members, the 16 municipalities of 2016 and the reference municipalities", () => {
    const tree = Governance.renderGovernanceTree(model, june2016)
    for (const text of [
      "1 bestuurlijk",
      "2 besturing",
      "3 beleid",
      "netwerk",
      "DVO Gelderland-Midden",
      "voorzitter: voorzitter DVO",
      "trekker: trekker Expertgroep Weerbare Overheid",
      "gemeenten (16)",
      "Zevenaar (GM0299)",
      "Rijnwaarden (GM0196)",
      "referentiegemeenten (2)",
      "Kampen (GM0166)",
    ]) {
      assert.include(tree, text)
    }
  })
})
