import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { Kernel, Route } from "@weerbaar/core"
import { ctx, decision, fullMeeting, modelWith, persons, submitted } from "../support/routeFixtures.js"

const members = fullMeeting("stuurgroep").attendance
const deciding = (method: "majority" | "unanimity") =>
  modelWith((json) => {
    Object.assign(json.bodies.find((b) => b.id === "stuurgroep")!, { decisionRule: { method } })
  })
const models = { majority: deciding("majority"), unanimity: deciding("unanimity") }

// Who is present (at least one member), and per present member a vote or none.
const meetings = fc.record({
  method: fc.constantFrom("majority" as const, "unanimity" as const),
  present: fc.subarray([...members], { minLength: 1 }),
  votes: fc.array(fc.constantFrom("for" as const, "against" as const, "abstain" as const, "none" as const), {
    minLength: members.length,
    maxLength: members.length,
  }),
})

describe("a decision of a majority or unanimity body", () => {
  it("is accepted exactly when the recorded votes satisfy its rule", () => {
    fc.assert(
      fc.property(meetings, ({ method, present, votes }) => {
        const cast = present.flatMap((member, i) => {
          const vote = votes[i]!
          return vote === "none" ? [] : [{ member, vote }]
        })
        const count = (v: string) => cast.filter((x) => x.vote === v).length
        const satisfied =
          method === "majority"
            ? cast.length > 0 && count("for") > count("against")
            : cast.length === present.length && count("for") === present.length
        const result = Route.routeDecider.decide(
          decision("stuurgroep", "approve", "besluit-sg-1", { attendance: present, votes: cast }),
          Kernel.fold(Route.routeDecider, submitted()),
          ctx(persons.stuurgroepSecretaris, { model: models[method] }),
        )
        assert.strictEqual(Either.isRight(result), satisfied, JSON.stringify({ method, present, cast }))
        if (Either.isLeft(result)) {
          const codes = result.left.codes
          assert.isTrue(codes.every((c) => c === "decision.votes-required" || c === "decision.rule-not-satisfied"))
        }
      }),
      { numRuns: 300 },
    )
    assert.isAbove(members.length, 3)
  })
})
