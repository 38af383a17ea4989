import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { Governance, Health, Kernel, Practice } from "@weerbaar/core"
import { measureWith, trackMoved } from "../support/healthFixtures.js"

const model = Governance.samenWeerbaar()
const row = (municipality: string, phase: string, practiceId = "bp-hennepconvenant") => ({
  practiceId,
  municipality,
  phase,
})

describe("tracksOn: Rijnwaarden's tracks continue as Zevenaar's from 2018-01-01", () => {
  it("given tracks of Rijnwaarden, on 2017-12-31 they stand as recorded, and from 2018-01-01 as Zevenaar's", () => {
    const tracks = [row("rijnwaarden", "in_uitvoering"), row("arnhem", "gepland")]
    assert.deepStrictEqual(Practice.tracksOn(model, tracks, Kernel.calendarDate("2017-12-31")), tracks)
    assert.deepStrictEqual(Practice.tracksOn(model, tracks, Kernel.calendarDate("2018-01-01")), [
      row("zevenaar", "in_uitvoering"),
      row("arnhem", "gepland"),
    ])
  })

  it("given Zevenaar's own track of the same measure, then from the merger Zevenaar's own stands and Rijnwaarden's is left out; of another measure Rijnwaarden's continues", () => {
    const tracks = [
      row("rijnwaarden", "in_uitvoering"),
      row("zevenaar", "gepland"),
      row("rijnwaarden", "pilot", "bp-bibob"),
    ]
    assert.deepStrictEqual(Practice.tracksOn(model, tracks, Kernel.calendarDate("2018-06-01")), [
      row("zevenaar", "gepland"),
      row("zevenaar", "pilot", "bp-bibob"),
    ])
  })

  it("property: on any date, no two tracks of a measure stand for one municipality, and every track stands for a municipality in force then or one that never merged", () => {
    const municipalities = ["rijnwaarden", "zevenaar", "arnhem"]
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ practiceId: fc.constantFrom("bp-a", "bp-b"), municipality: fc.constantFrom(...municipalities) }),
          { selector: (t) => `${t.practiceId}|${t.municipality}` },
        ),
        fc.integer({ min: 0, max: 2000 }),
        (recorded, n) => {
          const date = Kernel.calendarDate(new Date(Date.UTC(2016, 0, 1) + n * 86_400_000).toISOString().slice(0, 10))
          const shown = Practice.tracksOn(model, recorded, date)
          const keys = shown.map((t) => `${t.practiceId}|${t.municipality}`)
          assert.strictEqual(new Set(keys).size, keys.length)
          const practicesBefore = new Set(recorded.map((t) => t.practiceId))
          assert.deepStrictEqual(new Set(shown.map((t) => t.practiceId)), practicesBefore)
          if (date >= "2018-01-01")
            assert.notInclude(
              shown.map((t) => t.municipality),
              "rijnwaarden",
            )
          else assert.deepStrictEqual(shown, recorded)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe("commitment after the merger", () => {
  const notStartedOn = (date: string) =>
    Health.commitmentHealth(
      model,
      {
        measures: [measureWith({})],
        tracks: Health.trackProgressOf([
          trackMoved("bp-hennepconvenant", "rijnwaarden", "geen", "pilot", "2016-03-01"),
        ]),
        confirmations: new Map(),
      },
      Kernel.calendarDate(date),
    ).findings.find((f) => f.code === "health.commitment.tracks-started")?.facts.notStarted as ReadonlyArray<string>

  it("given Rijnwaarden's pilot, in 2017 Zevenaar has not started, and from 2018 Zevenaar counts as started through Rijnwaarden's track", () => {
    assert.include(notStartedOn("2017-06-01"), "zevenaar")
    assert.notInclude(notStartedOn("2017-06-01"), "rijnwaarden")
    assert.notInclude(notStartedOn("2018-06-01"), "zevenaar")
    assert.notInclude(notStartedOn("2018-06-01"), "rijnwaarden")
    assert.lengthOf(notStartedOn("2018-06-01"), 14)
  })
})
