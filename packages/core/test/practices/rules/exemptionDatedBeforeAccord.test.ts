import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { accordedPractice, persons, practiceId } from "../../support/practiceFixtures.js"
import { exemptOn, trackCtx } from "../../support/trackFixtures.js"

describe("track.exemption-dated-before-accord", () => {
  it("given the accord on 2016-06-01, when the DVO's exemption is dated in May, then it is refused", () => {
    const refusal = given(Practice.trackDecider)
      .when(exemptOn("2016-05-15"), trackCtx(accordedPractice(), persons.dvo))
      .refused("track.exemption-dated-before-accord")
    assert.deepStrictEqual(factsOfRule(refusal, "track.exemption-dated-before-accord"), {
      practice: practiceId,
      meetingDate: "2016-05-15",
      accordedOn: "2016-06-01",
    })
  })

  it("given the accord, when the exemption is decided in a later meeting, then it is recorded", () => {
    given(Practice.trackDecider)
      .when(exemptOn("2016-06-10"), trackCtx(accordedPractice(), persons.dvo))
      .thenEvents((_events, state) => assert.strictEqual(state.exemption?.meetingDate, "2016-06-10"))
  })
})
