import { assert, describe, it } from "@effect/vitest"
import { Governance, Health, Kernel } from "@weerbaar/core"
import { modelWith } from "../support/routeFixtures.js"

const june = Kernel.calendarDate("2016-06-01")
const staffing = (model: Governance.GovernanceModel, date = june) =>
  Health.staffingHealth(model, model.memberships, date)
const signals = (condition: Health.HealthCondition, body: string) =>
  condition.findings.filter((f) => f.facts.body === body).map((f) => [f.code, f.signal])

const ending = (person: string, body: string, to: string) =>
  modelWith((json) => {
    for (const m of json.memberships) if (m.person === person && m.body === body) m.to = to
  })

describe("staffing: expert groups with quality and continuity", () => {
  it("the preset's expert groups are staffed: a trekker and at least three members from two organisations", () => {
    const condition = staffing(Governance.samenWeerbaar())
    assert.strictEqual(condition.signal, "green")
    assert.deepStrictEqual(signals(condition, "Expertgroep Weerbare Overheid"), [
      ["health.staffing.trekker", "green"],
      ["health.staffing.composition", "green"],
      ["health.staffing.turnover", "green"],
    ])
    const composition = condition.findings.find(
      (f) => f.code === "health.staffing.composition" && f.facts.body === "Expertgroep Ondermijnende Criminaliteit",
    )
    assert.deepInclude(composition?.facts, { members: 5, organisations: 5 })
  })

  it("health.staffing.trekker: a group whose trekker left is red", () => {
    const condition = staffing(ending("trekker-eg-weerbare-overheid", "eg-weerbare-overheid", "2016-05-31"))
    assert.strictEqual(condition.signal, "red")
    assert.deepInclude(signals(condition, "Expertgroep Weerbare Overheid"), ["health.staffing.trekker", "red"])
  })

  it("health.staffing.vacancy: amber from 30 days, red from 90; a newcomer in the role fills the seat", () => {
    const left = ending("lid-eg-wo-om", "eg-weerbare-overheid", "2016-03-31")
    const vacancy = (date: string) =>
      staffing(left, Kernel.calendarDate(date)).findings.find((f) => f.code === "health.staffing.vacancy")
    assert.deepInclude(vacancy("2016-04-20"), { signal: "green" })
    assert.deepInclude(vacancy("2016-06-01")?.facts, { vacantSince: "2016-04-01", days: 61, leftBy: "lid-eg-wo-om" })
    assert.strictEqual(vacancy("2016-06-01")?.signal, "amber")
    assert.strictEqual(vacancy("2016-07-01")?.signal, "red")
    const filled = modelWith((json) => {
      for (const m of json.memberships) if (m.person === "lid-eg-wo-om") m.to = "2016-03-31"
      json.memberships.push({ person: "officier-om", body: "eg-weerbare-overheid", role: "lid", from: "2016-05-01" })
    })
    assert.deepStrictEqual(Health.openVacancies(filled.memberships, "eg-weerbare-overheid", june), [])
  })

  it("health.staffing.composition and health.staffing.turnover: members leaving thin a group and count as turnover", () => {
    const thinned = modelWith((json) => {
      for (const m of json.memberships) {
        if (m.body === "eg-ondermijnende-criminaliteit" && m.person.startsWith("lid-")) m.to = "2016-04-30"
      }
    })
    const condition = staffing(thinned)
    assert.deepStrictEqual(signals(condition, "Expertgroep Ondermijnende Criminaliteit"), [
      ["health.staffing.trekker", "green"],
      ["health.staffing.composition", "amber"],
      ["health.staffing.vacancy", "amber"],
      ["health.staffing.vacancy", "amber"],
      ["health.staffing.vacancy", "amber"],
      ["health.staffing.vacancy", "amber"],
      ["health.staffing.turnover", "red"],
    ])
    const turnover = condition.findings.find(
      (f) => f.code === "health.staffing.turnover" && f.facts.body === "Expertgroep Ondermijnende Criminaliteit",
    )
    assert.deepInclude(turnover?.facts, { left: 4 })
  })

  it("a member dropped from a later model ends the day before that model was adopted", () => {
    const first = Governance.samenWeerbaar()
    const second = modelWith((json) => {
      json.memberships = json.memberships.filter((m) => m.person !== "lid-eg-wm-politie")
    })
    const history = Health.membershipHistory([
      { model: first, adoptedOn: Kernel.calendarDate("2016-01-01") },
      { model: second, adoptedOn: Kernel.calendarDate("2016-09-01") },
    ])
    const dropped = history.filter((m) => m.person === "lid-eg-wm-politie")
    assert.deepStrictEqual(
      dropped.map((m): ReadonlyArray<string | undefined> => [m.body, m.to]),
      [["eg-weerbare-maatschappij", "2016-08-31"]],
    )
    assert.strictEqual(history.length, second.memberships.length + 1)
  })
})
