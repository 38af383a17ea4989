import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { accorded, ctx, decision, draft, fullMeeting, history, itemId, persons } from "../../support/routeFixtures.js"

const returnedOnce = () =>
  history(
    [persons.drafter, draft()],
    [persons.trekker, new Route.SubmitItem({ itemId })],
    [persons.stuurgroepSecretaris, decision("stuurgroep", "return", "besluit-sg-1")],
    [persons.trekker, new Route.SubmitItem({ itemId })],
  )

describe("decision.immutable", () => {
  it("a decision id is never recorded twice: the new version gets a decision of its own", () => {
    const refusal = given(Route.routeDecider, returnedOnce())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("decision.immutable")
    assert.deepStrictEqual(factsOf(refusal, "decision.immutable"), { decision: "besluit-sg-1" })
  })

  it("a revocation does not take the id of the decision it revokes", () => {
    given(Route.routeDecider, accorded())
      .when(
        new Route.RevokeDecision({
          itemId,
          decisionId: Route.DecisionId.make("besluit-dvo-1"),
          revokes: Route.DecisionId.make("besluit-dvo-1"),
          body: Governance.BodyId.make("dvo"),
          ...fullMeeting("dvo"),
        }),
        ctx(persons.dvoSecretaris),
      )
      .refused("decision.immutable")
  })

  it("the new version's decision under a new id is recorded beside the old one", () => {
    given(Route.routeDecider, returnedOnce())
      .when(decision("stuurgroep", "approve", "besluit-sg-2"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((_events, state) =>
        assert.deepStrictEqual(state.exists ? state.decisions.map((d) => [d.decisionId, d.version]) : [], [
          ["besluit-sg-1", 1],
          ["besluit-sg-2", 2],
        ]),
      )
  })
})
