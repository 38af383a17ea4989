import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { accordedPractice, persons } from "../../support/practiceFixtures.js"
import { moveTrack, trackCtx, trackHistory } from "../../support/trackFixtures.js"

describe("track.before-previous-move", () => {
  const executing = () =>
    trackHistory(
      accordedPractice(),
      persons.ede,
      moveTrack("gepland", "2016-06-02", "ede"),
      moveTrack("in_uitvoering", "2016-06-10", "ede"),
    )

  it("given Ede executing since 2016-06-10, when it is secured dated 2016-06-05, then the move is refused", () => {
    const refusal = given(Practice.trackDecider, executing())
      .when(moveTrack("geborgd", "2016-06-05", "ede"), trackCtx(accordedPractice(), persons.ede))
      .refused("track.before-previous-move")
    assert.deepStrictEqual(factsOfRule(refusal, "track.before-previous-move"), {
      date: "2016-06-05",
      phase: "in_uitvoering",
      reachedOn: "2016-06-10",
    })
  })

  it("given Ede executing since 2016-06-10, when it is secured on 2016-06-12, then it is recorded", () => {
    given(Practice.trackDecider, executing())
      .when(moveTrack("geborgd", "2016-06-12", "ede"), trackCtx(accordedPractice(), persons.ede))
      .thenEvents((_events, state) => assert.strictEqual(state.phase, "geborgd"))
  })
})
