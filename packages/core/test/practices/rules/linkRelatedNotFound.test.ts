import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { factsOfRule } from "../../support/facts.js"
import { hennep, hennepRegistered, integriteit, link, linkDecided, refusalCodes } from "../../support/linkFixtures.js"
import { persons } from "../../support/practiceFixtures.js"

describe("practice.link-related-not-found", () => {
  it("given a practice, when it is linked to a practice not in the catalogue, then it is refused and nothing is stored", () => {
    const decided = linkDecided(persons.lid, link(), hennepRegistered(), [])
    assert.deepStrictEqual(refusalCodes(decided), ["practice.link-related-not-found"])
    if (Either.isRight(decided)) return
    assert.deepStrictEqual(factsOfRule(decided.left, "practice.link-related-not-found"), {
      practice: hennep,
      related: integriteit,
    })
  })
})
