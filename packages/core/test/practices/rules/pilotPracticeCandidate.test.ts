import { assert, describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { factsOfRule } from "../../support/facts.js"
import { draftPilot, pilotCodes } from "../../support/pilotFixtures.js"
import { practiceId, registered, tried } from "../../support/practiceFixtures.js"
import { history, itemId, persons } from "../../support/routeFixtures.js"

const submit = new Route.SubmitItem({ itemId })
const drafted = (practices = [practiceId]) => history([persons.drafter, draftPilot(["rheden"], practices)])

describe("practice.pilot-not-candidate", () => {
  it("given a drafted pilot proposal of a candidate, when it is submitted, then it goes on its route", () => {
    assert.isUndefined(pilotCodes(submit, drafted(), registered()))
  })

  it("given a pilot proposal of a practice already tried, when it is submitted, then it is refused naming the status", () => {
    const refusal = pilotCodes(submit, drafted(), tried())
    assert.deepStrictEqual(refusal?.codes, ["practice.pilot-not-candidate"])
    assert.deepStrictEqual(refusal && factsOfRule(refusal, "practice.pilot-not-candidate"), {
      item: itemId,
      practice: practiceId,
      status: "beproefd",
    })
  })

  it("given a pilot proposal of a practice not in the catalogue, when it is submitted, then it is refused", () => {
    const refusal = pilotCodes(submit, drafted(), [])
    assert.deepStrictEqual(refusal?.codes, ["practice.pilot-not-candidate"])
    assert.strictEqual(refusal && factsOfRule(refusal, "practice.pilot-not-candidate").status, "onbekend")
  })

  it("given a pilot proposal naming no practice, when it is submitted, then it is refused", () => {
    const refusal = pilotCodes(submit, drafted([]), registered())
    assert.deepStrictEqual(refusal?.codes, ["practice.pilot-not-candidate"])
    assert.match(refusal?.explain("nl") ?? "", /noemt geen Best Practice/)
  })
})
