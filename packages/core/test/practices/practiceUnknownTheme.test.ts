import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, persons, register } from "../support/practiceFixtures.js"

describe("practice.unknown-theme: a Best Practice belongs to a theme the model defines", () => {
  it("given Samen Weerbaar's three themes, when a practice is registered under 'drugs', then it is refused, naming the themes there are", () => {
    const refused = given(Practice.practiceDecider)
      .when(register("bp-drugs", "drugs"), ctx(persons.lid))
      .refused("practice.unknown-theme", "practice.no-expert-group")
    assert.include(
      refused.violations[0]?.explanation.nl,
      "weerbare-overheid, weerbare-maatschappij, ondermijnende-criminaliteit",
    )
  })

  it("given one of the model's themes, the practice is registered", () => {
    given(Practice.practiceDecider)
      .when(register("bp-hennep", "ondermijnende-criminaliteit"), ctx(persons.lid))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "PracticeRegistered"))
  })
})
