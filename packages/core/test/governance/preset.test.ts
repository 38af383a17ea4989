import { assert, describe, it } from "@effect/vitest"
import { Option } from "effect"
import { Governance, Kernel } from "@weerbaar/core"

const model = Governance.samenWeerbaar()
const june2016 = Kernel.calendarDate("2016-06-01")

describe("the Samen Weerbaar preset", () => {
  it("covers the 15 municipalities of Gelderland-Midden with their CBS codes", () => {
    const gemeenten = model.programme.municipalities.map((id) => model.organisations.find((o) => o.id === id))
    const codes = gemeenten.map((g) => (g !== undefined && Governance.isGemeente(g) ? g.cbsCode : "missing"))
    assert.deepStrictEqual([...codes].sort(), [
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

  it("renders as a tree of levels, bodies, members and the 15 municipalities", () => {
    const tree = Governance.renderGovernanceTree(model, june2016)
    for (const text of [
      "1 bestuurlijk",
      "2 besturing",
      "3 beleid",
      "netwerk",
      "DVO Gelderland-Midden",
      "voorzitter: voorzitter DVO",
      "trekker: trekker Expertgroep Weerbare Overheid",
      "gemeenten (15)",
      "Zevenaar (GM0299)",
    ]) {
      assert.include(tree, text)
    }
  })
})
