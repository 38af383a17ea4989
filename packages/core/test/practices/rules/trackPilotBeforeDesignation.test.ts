import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { inPilot, persons } from "../../support/practiceFixtures.js"
import { moveTrack, trackCtx } from "../../support/trackFixtures.js"

describe("track.pilot-before-designation", () => {
  it("given Rheden designated on 2016-02-01, when its pilot is dated in January, then the move is refused", () => {
    const refusal = given(Practice.trackDecider)
      .when(moveTrack("pilot", "2016-01-20"), trackCtx(inPilot(), persons.rheden))
      .refused("track.pilot-before-designation")
    assert.deepStrictEqual(factsOfRule(refusal, "track.pilot-before-designation"), {
      municipality: "rheden",
      date: "2016-01-20",
      designatedOn: "2016-02-01",
    })
  })

  it("given the designation, when the pilot is dated on the designation's day, then it is recorded", () => {
    given(Practice.trackDecider)
      .when(moveTrack("pilot", "2016-02-01"), trackCtx(inPilot(), persons.rheden))
      .thenEvents((_events, state) => assert.strictEqual(state.reached.pilot, "2016-02-01"))
  })
})
