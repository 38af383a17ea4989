import { assert, describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { ctx, decision, draft, history, itemId, persons, submitted } from "../../support/routeFixtures.js"

const progressReportOnRoute = () =>
  history(
    [persons.stuurgroepSecretaris, draft("voortgangsrapportage", 0, "stuurgroep")],
    [persons.stuurgroepSecretaris, new Route.SubmitItem({ itemId })],
  )

describe("route.outcome-not-allowed", () => {
  it("the Stuurgroep approves, it does not accord, and the refusal lists what it can decide", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "accord", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("route.outcome-not-allowed")
    assert.deepStrictEqual(factsOf(refusal, "route.outcome-not-allowed"), {
      body: "stuurgroep",
      outcome: "accord",
      allowed: ["approve", "return", "reject"],
    })
  })

  it("a progress report is not approved by the DVO", () => {
    given(Route.routeDecider, progressReportOnRoute())
      .when(decision("dvo", "approve", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .refused("route.outcome-not-allowed")
  })

  it("a progress report is taken note of, which ends its route", () => {
    given(Route.routeDecider, progressReportOnRoute())
      .when(decision("dvo", "take-note", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((_events, after) => assert.isTrue(after.exists && after.status === "noted"))
  })

  it("the Stuurgroep rejects a proposal, which ends its route", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "reject", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((_events, after) => assert.isTrue(after.exists && after.status === "rejected"))
  })
})

describe("decision.remarks-required", () => {
  it("returning an item needs remarks", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "return", "besluit-sg-1", { remarks: " " }), ctx(persons.stuurgroepSecretaris))
      .refused("decision.remarks-required")
    assert.deepStrictEqual(factsOf(refusal, "decision.remarks-required"), { item: itemId })
  })

  it("an item returned with remarks becomes a new version for the drafters", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "return", "besluit-sg-1", { remarks: "Graag de begroting per gemeente." }),
        ctx(persons.stuurgroepSecretaris),
      )
      .thenEvents((_events, after) => assert.isTrue(after.exists && after.status === "returned" && after.version === 2))
  })
})
