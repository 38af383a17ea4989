import { assert, describe, it } from "@effect/vitest"
import { Health, Kernel, Route } from "@weerbaar/core"
import { measureWith, trackMoved } from "../support/healthFixtures.js"
import { pilotAccorded } from "../support/pilotFixtures.js"
import { model } from "../support/routeFixtures.js"

const tracksFinding = (measure: Health.AccordedMeasure, tracks: ReturnType<typeof trackMoved>[]) =>
  Health.commitmentHealth(
    model,
    { measures: [measure], tracks: Health.trackProgressOf(tracks), confirmations: new Map() },
    Kernel.calendarDate("2016-12-01"),
  ).findings.find((f) => f.code === "health.commitment.tracks-started")

describe("commitment of a pilot proposal's accord", () => {
  it("the accorded measure of a pilot proposal names its pilot municipalities", () => {
    const measure = Health.accordedMeasureOf(Kernel.fold(Route.routeDecider, pilotAccorded()))
    assert.deepStrictEqual(measure?.pilotMunicipalities, ["rheden", "kampen"])
  })

  it("health.commitment.tracks-started expects tracks only in the pilot municipalities", () => {
    const pilot = measureWith({ pilotMunicipalities: ["rheden", "kampen"] })
    const rhedenOnly = [trackMoved("bp-hennepconvenant", "rheden", "geen", "pilot", "2016-07-01")]
    assert.deepStrictEqual(tracksFinding(pilot, rhedenOnly)?.facts.notStarted, ["kampen"])
    const both = [...rhedenOnly, trackMoved("bp-hennepconvenant", "kampen", "geen", "pilot", "2016-07-01")]
    assert.strictEqual(tracksFinding(pilot, both)?.signal, "green")
    const rollOut = measureWith({})
    const notStarted = (tracksFinding(rollOut, both)?.facts.notStarted ?? []) as ReadonlyArray<string>
    assert.isAbove(notStarted.length, 10)
  })
})
