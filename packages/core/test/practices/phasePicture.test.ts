import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Practice, Store } from "@weerbaar/core"
import { playProgrammeToHandover, storeLayer } from "../support/handoverStory.js"

describe("the phase picture", () => {
  it("counts tracks per phase and practices per status, per theme and overall, and shows the overlapping active phases", () => {
    const picture = Practice.phasePicture(
      [
        { theme: "ondermijnende-criminaliteit", status: "kandidaat" },
        { theme: "ondermijnende-criminaliteit", status: "in_uitvoering" },
        { theme: "weerbare-overheid", status: "in_pilot" },
      ],
      [
        { theme: "ondermijnende-criminaliteit", phase: "in_uitvoering" },
        { theme: "ondermijnende-criminaliteit", phase: "geborgd" },
        { theme: "weerbare-overheid", phase: "pilot" },
        { theme: "weerbare-overheid", phase: "geen" },
      ],
    )
    assert.deepStrictEqual(picture.overall.active, ["inventariseren", "experimenteren", "uitvoeren", "borgen"])
    assert.deepStrictEqual(picture.byTheme["weerbare-overheid"]?.active, ["experimenteren"])
    assert.deepStrictEqual(picture.byTheme["weerbare-maatschappij"]?.active, [])
    assert.strictEqual(picture.overall.tracks.pilot, 1)
    assert.strictEqual(picture.byTheme["ondermijnende-criminaliteit"]?.practices.in_uitvoering, 1)
  })

  it.effect("the track overview read model agrees with the tracks folded from their streams", () =>
    Effect.gen(function* () {
      yield* playProgrammeToHandover()
      const tracks = yield* Practice.Tracks
      const readModels = yield* Store.ReadModelStore
      const rows = yield* readModels.query(Practice.trackOverview, { where: { practiceId: "bp-hennepconvenant" } })
      const folded = yield* tracks.tracksOf(Practice.PracticeId.make("bp-hennepconvenant"))
      assert.deepStrictEqual(
        rows.rows.map((r) => [r.row.municipality, r.row.phase, r.row.reason ?? null, r.row.exemption ?? null]),
        folded
          .map((t) => [t.municipality, t.phase, t.reason ?? null, t.exemption?.decisionId ?? null])
          .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
      )
      assert.deepStrictEqual(
        rows.rows.map((r) => r.row.reached),
        [
          { gepland: "2016-06-01", in_uitvoering: "2016-10-01" },
          { gepland: "2016-06-01", in_uitvoering: "2016-09-01", geborgd: "2017-03-01" },
          { niet_relevant: "2016-06-01" },
        ],
      )
      const picture = yield* (yield* Practice.Practices).phasePicture
      assert.deepStrictEqual(picture.overall.tracks, {
        gepland: 0,
        pilot: 0,
        in_uitvoering: 3,
        geborgd: 3,
        niet_relevant: 1,
      })
      assert.strictEqual(picture.overall.practices.overgedragen, 3)
      assert.deepStrictEqual(picture.overall.active, ["uitvoeren", "borgen"])
      // The picture from the read models' rows is the one folded from the log.
      assert.deepStrictEqual(yield* Practice.phasePictureOfReadModels(readModels), picture)
    }).pipe(Effect.provide(storeLayer())),
  )
})
