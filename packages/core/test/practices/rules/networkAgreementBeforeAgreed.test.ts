import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { registerHennepconvenant } from "../../support/networkAgreementFixtures.js"
import { ctx, persons } from "../../support/practiceFixtures.js"

describe("practice.network-agreement-before-agreed", () => {
  it("given the RVO agreed on 2016-01-28, when the DVO notes it at its meeting of 2016-01-14, then it is refused", () => {
    const refusal = given(Practice.practiceDecider, [])
      .when(registerHennepconvenant("2016-01-14", "2016-01-28"), ctx(persons.dvo, "2016-02-15"))
      .refused("practice.network-agreement-before-agreed")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.network-agreement-before-agreed"), {
      agreement: "Hennepconvenant Oost-Nederland",
      meetingDate: "2016-01-14",
      agreedOn: "2016-01-28",
    })
  })

  it("given the RVO agreed on 2016-01-28, when the DVO notes it on that day, then it is registered", () => {
    given(Practice.practiceDecider, [])
      .when(registerHennepconvenant("2016-01-28", "2016-01-28"), ctx(persons.dvo, "2016-02-15"))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})
