import { assert, describe, it } from "@effect/vitest"
import { Health, Kernel, type Store } from "@weerbaar/core"
import { line, measureWith, trackMoved } from "../support/healthFixtures.js"
import { model, modelWith } from "../support/routeFixtures.js"

const commitment = (
  date: string,
  tracks: ReadonlyArray<Store.StoredEvent> = [],
  confirmed: ReadonlyArray<string> = [],
) =>
  Health.commitmentHealth(
    model,
    {
      measures: [measureWith({})],
      tracks: Health.trackProgressOf(tracks),
      confirmations: new Map([
        [
          "bv-test",
          new Map(confirmed.map((o) => [o, { on: Kernel.calendarDate("2016-06-10"), decisionId: "besluit-dvo-test" }])),
        ],
      ]),
    },
    Kernel.calendarDate(date),
  )
const tracksFinding = (date: string, tracks: ReadonlyArray<Store.StoredEvent> = []) =>
  commitment(date, tracks).findings.find((f) => f.code === "health.commitment.tracks-started")

describe("commitment: partners execute what the DVO agreed", () => {
  it("health.commitment.tracks-started: municipalities that have not started, amber after 90 days, red after 180", () => {
    const tracks = [
      trackMoved("bp-hennepconvenant", "rheden", "geen", "pilot", "2016-03-01"),
      trackMoved("bp-hennepconvenant", "arnhem", "geen", "gepland", "2016-06-10"),
      trackMoved("bp-hennepconvenant", "ede", "geen", "niet_relevant", "2016-06-20"),
    ]
    const amber = tracksFinding("2016-09-15", tracks)
    assert.strictEqual(amber?.signal, "amber")
    assert.strictEqual(amber?.facts.days, 106)
    const notStarted = amber?.facts.notStarted as ReadonlyArray<string>
    assert.strictEqual(notStarted.length, 14)
    assert.include(notStarted, "arnhem")
    assert.include(notStarted, "rijnwaarden")
    assert.notInclude(notStarted, "rheden")
    assert.notInclude(notStarted, "ede")
    assert.strictEqual(tracksFinding("2016-07-01", tracks)?.signal, "green")
    assert.strictEqual(tracksFinding("2016-12-01", tracks)?.signal, "red")
  })

  it("every municipality that started (or is not relevant) keeps commitment green, however late", () => {
    const all = model.programme.municipalities.map(({ id }) =>
      trackMoved("bp-hennepconvenant", id, "gepland", "in_uitvoering", "2016-08-01"),
    )
    assert.deepInclude(tracksFinding("2017-06-01", all), { signal: "green" })
  })

  it("health.commitment.parts-confirmed: a partner that has not confirmed its part is amber after 30 days, red after 90", () => {
    const parts = (date: string, confirmed: ReadonlyArray<string> = []) =>
      commitment(date, [], confirmed).findings.find((f) => f.code === "health.commitment.parts-confirmed")
    assert.deepInclude(parts("2016-06-20")?.facts, { unconfirmed: ["politie-oost-nederland"] })
    assert.strictEqual(parts("2016-06-20")?.signal, "green")
    assert.strictEqual(parts("2016-07-15")?.signal, "amber")
    assert.strictEqual(parts("2016-09-15")?.signal, "red")
    assert.strictEqual(parts("2016-09-15", ["politie-oost-nederland"])?.signal, "green")
  })
})

describe("budget: available for execution support and research", () => {
  const budget = (lines: ReadonlyArray<ReturnType<typeof line>>, spent = 0, m = model) =>
    Health.budgetHealth(
      m,
      [measureWith({ budget: lines })],
      new Map([["bv-test", new Map([["projectleiding/politie-oost-nederland/2016", spent]])]]),
    )
  const signalOf = (condition: ReturnType<typeof budget>, code: string) =>
    condition.findings.find((f) => f.code === code)?.signal

  it("health.budget.position: available, accorded and spent, amber from 90% accorded, red when nothing is left", () => {
    const condition = budget([line("projectleiding", "politie-oost-nederland", 2_500_000)], 1_000_000)
    assert.deepInclude(condition.findings[0]?.facts, {
      available: 150_000_000,
      accorded: 2_500_000,
      spent: 1_000_000,
      percentAccorded: 2,
    })
    assert.strictEqual(signalOf(condition, "health.budget.position"), "green")
    const small = modelWith((json) => {
      json.programme.availableBudget = 2_600_000
    })
    assert.strictEqual(
      signalOf(
        budget([line("projectleiding", "politie-oost-nederland", 2_500_000)], 0, small),
        "health.budget.position",
      ),
      "amber",
    )
    assert.strictEqual(
      signalOf(
        budget([line("projectleiding", "politie-oost-nederland", 2_600_000)], 0, small),
        "health.budget.position",
      ),
      "red",
    )
  })

  it("health.budget.research and health.budget.support: accorded lines in the research and support categories", () => {
    const without = budget([line("projectleiding", "politie-oost-nederland", 2_500_000)])
    assert.strictEqual(signalOf(without, "health.budget.research"), "amber")
    assert.strictEqual(signalOf(without, "health.budget.support"), "amber")
    const withBoth = budget([line("Onderzoek", "vggm", Kernel.cents(4_000_000)), line("platform", "vggm", 1_000_000)])
    assert.strictEqual(signalOf(withBoth, "health.budget.research"), "green")
    assert.strictEqual(signalOf(withBoth, "health.budget.support"), "green")
    assert.strictEqual(withBoth.signal, "green")
  })
})
