import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { accordedPractice, inPilot, persons, practiceId } from "../../support/practiceFixtures.js"
import { moveTrack, trackCtx, trackHistory } from "../../support/trackFixtures.js"

const note = (on: string, municipality = "ede") =>
  new Practice.NoteMaatwerk({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    note: "Samen met de woningcorporatie.",
    on: Kernel.calendarDate(on),
  })

describe("track.before-accord", () => {
  it("given an accord on 2016-06-01, when Ede plans the measure dated in May, then the move is refused", () => {
    const refusal = given(Practice.trackDecider)
      .when(moveTrack("gepland", "2016-05-25", "ede"), trackCtx(accordedPractice(), persons.ede))
      .refused("track.before-accord")
    assert.deepStrictEqual(factsOfRule(refusal, "track.before-accord"), {
      practice: practiceId,
      date: "2016-05-25",
      accordedOn: "2016-06-01",
    })
  })

  it("the rule is an invariant: no model's force lets it through", () => {
    const refusal = given(Practice.trackDecider)
      .when(moveTrack("gepland", "2016-05-25", "ede"), trackCtx(accordedPractice(), persons.ede))
      .refused("track.before-accord")
    assert.isTrue(refusal.violations.every((v) => v.invariant === true))
  })

  it("given an accord on 2016-06-01, when Ede enters last week's move after the accord, then it is recorded", () => {
    given(Practice.trackDecider)
      .when(moveTrack("gepland", "2016-06-08", "ede"), trackCtx(accordedPractice(), persons.ede))
      .thenEvents((_events, state) => assert.strictEqual(state.reached.gepland, "2016-06-08"))
  })

  it("a maatwerk note dated before the accord is refused; after it, it carries its date", () => {
    given(Practice.trackDecider)
      .when(note("2016-05-20"), trackCtx(accordedPractice(), persons.ede))
      .refused("track.before-accord")
    given(Practice.trackDecider)
      .when(note("2016-06-02"), trackCtx(accordedPractice(), persons.ede))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag === "MaatwerkNoted" ? events[0].on : "", "2016-06-02"))
  })

  it("a pilot municipality notes maatwerk of its pilot before the accord", () => {
    const piloting = trackHistory(inPilot(), persons.rheden, moveTrack("pilot", "2016-04-01"))
    given(Practice.trackDecider, piloting)
      .when(note("2016-05-01", "rheden"), trackCtx(accordedPractice(), persons.rheden))
      .thenEvents((_events, state) => assert.deepStrictEqual(state.maatwerk, ["Samen met de woningcorporatie."]))
  })

  it("a pilot dated before the accord is no execution of it", () => {
    given(Practice.trackDecider)
      .when(moveTrack("pilot", "2016-04-01"), trackCtx(accordedPractice(), persons.rheden))
      .thenEvents((_events, state) => assert.strictEqual(state.phase, "pilot"))
  })
})
