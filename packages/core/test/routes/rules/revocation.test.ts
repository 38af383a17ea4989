import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { accorded, ctx, fullMeeting, itemId, persons, today } from "../../support/routeFixtures.js"

const revoke = (revokes: string, body = "dvo", id = "besluit-x") =>
  new Route.RevokeDecision({
    itemId,
    decisionId: Route.DecisionId.make(id),
    revokes: Route.DecisionId.make(revokes),
    body: Governance.BodyId.make(body),
    ...fullMeeting(body),
  })

const revoked = () => {
  const events = accorded()
  const once = Route.routeDecider.decide(
    revoke("besluit-dvo-1", "dvo", "besluit-dvo-2"),
    Kernel.fold(Route.routeDecider, events),
    ctx(persons.dvoSecretaris),
  )
  if (once._tag === "Left") assert.fail(once.left.message)
  return [...events, ...once.right.events]
}

describe("revocation.decision-not-found", () => {
  it("a revocation cites a decision that exists on the item", () => {
    const refusal = given(Route.routeDecider, accorded())
      .when(revoke("besluit-onbekend"), ctx(persons.dvoSecretaris))
      .refused("revocation.decision-not-found")
    assert.deepStrictEqual(factsOf(refusal, "revocation.decision-not-found"), {
      decision: "besluit-onbekend",
      item: itemId,
    })
  })

  it("a revocation is a new decision that cites the old one and releases its budget", () => {
    given(Route.routeDecider, accorded())
      .when(revoke("besluit-dvo-1", "dvo", "besluit-dvo-2"), ctx(persons.dvoSecretaris))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "DecisionRevoked")
        assert.strictEqual((events[0] as { releasedBudget: number }).releasedBudget, 2_500_000)
        assert.isTrue(state.exists && state.status === "revoked")
        assert.isTrue(
          state.exists && state.decisions.find((d) => d.decisionId === "besluit-dvo-1")?.revokedBy === "besluit-dvo-2",
        )
      })
  })
})

describe("revocation.not-final", () => {
  it("the Stuurgroep's approval on the way is not revoked: the route goes on", () => {
    const refusal = given(Route.routeDecider, accorded())
      .when(revoke("besluit-sg-1", "stuurgroep"), ctx(persons.stuurgroepSecretaris))
      .refused("revocation.not-final")
    assert.deepStrictEqual(factsOf(refusal, "revocation.not-final"), { decision: "besluit-sg-1" })
  })
})

describe("revocation.not-deciding-body", () => {
  it("the Stuurgroep does not revoke the DVO's accord", () => {
    const refusal = given(Route.routeDecider, accorded())
      .when(revoke("besluit-dvo-1", "stuurgroep"), ctx(persons.stuurgroepSecretaris))
      .refused("revocation.not-deciding-body")
    assert.deepStrictEqual(factsOf(refusal, "revocation.not-deciding-body"), {
      decision: "besluit-dvo-1",
      body: "stuurgroep",
      decidedBy: "dvo",
    })
  })
})

describe("revocation.already-revoked", () => {
  it("a decision is revoked once", () => {
    const refusal = given(Route.routeDecider, revoked())
      .when(revoke("besluit-dvo-1", "dvo", "besluit-dvo-3"), ctx(persons.dvoSecretaris))
      .refused("revocation.already-revoked")
    assert.deepStrictEqual(factsOf(refusal, "revocation.already-revoked"), {
      decision: "besluit-dvo-1",
      revokedBy: "besluit-dvo-2",
    })
  })
})

describe("revocation.meeting-before-decision", () => {
  it("a revocation is not decided at a meeting before the decision it revokes", () => {
    const refusal = given(Route.routeDecider, accorded())
      .when(
        new Route.RevokeDecision({
          itemId,
          decisionId: Route.DecisionId.make("besluit-dvo-2"),
          revokes: Route.DecisionId.make("besluit-dvo-1"),
          body: Governance.BodyId.make("dvo"),
          ...fullMeeting("dvo", "2016-05-31"),
        }),
        ctx(persons.dvoSecretaris),
      )
      .refused("revocation.meeting-before-decision")
    assert.deepStrictEqual(factsOf(refusal, "revocation.meeting-before-decision"), {
      meetingDate: "2016-05-31",
      decision: "besluit-dvo-1",
      decidedOn: today,
    })
    assert.notInclude(refusal.explain("en"), "submission")
  })
})
