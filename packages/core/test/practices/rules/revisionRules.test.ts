import { assert, describe, it } from "@effect/vitest"
import { Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { imported, revise, vnonCtx, vnonMember } from "../../support/importedFixtures.js"
import { accordedPractice, ctx, persons, practiceId } from "../../support/practiceFixtures.js"

describe("practice.revision-of-imported-only", () => {
  it("given the programme's own accorded practice, when it is revised, then it is refused: it was not taken over", () => {
    const refusal = given(Practice.practiceDecider, accordedPractice())
      .when(revise(), ctx(persons.lid))
      .refused("practice.revision-of-imported-only", "practice.wrong-status")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.revision-of-imported-only"), { practice: practiceId })
  })
})

describe("practice.revision-changes-nothing", () => {
  it("given an imported practice, when a revision repeats its text, then it is refused naming the version", () => {
    const same = new Practice.RevisePractice({ practiceId, title: "Hennepconvenant", reason: "Geen wijziging." })
    const refusal = given(Practice.practiceDecider, imported())
      .when(same, vnonCtx(vnonMember))
      .refused("practice.revision-changes-nothing")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.revision-changes-nothing"), {
      practice: practiceId,
      version: 1,
    })
  })
})

describe("practice.network-execution-started", () => {
  it("is an ordinary rule with a text in Dutch and English", () => {
    assert.strictEqual(Practice.networkExecutionOnce.code, "practice.network-execution-started")
    assert.include(Practice.networkExecutionOnce.rule.nl, "één keer")
  })
})
