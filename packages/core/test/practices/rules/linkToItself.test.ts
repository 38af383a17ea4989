import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { hennep, hennepRegistered, link } from "../../support/linkFixtures.js"
import { ctx, persons } from "../../support/practiceFixtures.js"

describe("practice.link-to-itself", () => {
  it("given a practice, when it is linked to itself, then it is refused", () => {
    const refusal = given(Practice.practiceDecider, hennepRegistered())
      .when(link(hennep), ctx(persons.lid))
      .refused("practice.link-to-itself")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.link-to-itself"), { practice: hennep })
  })
})
