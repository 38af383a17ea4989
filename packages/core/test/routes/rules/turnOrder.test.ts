import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  approvedByStuurgroep,
  content,
  ctx,
  decision,
  draft,
  history,
  historyUnder,
  itemId,
  modelWith,
  persons,
  submitted,
} from "../../support/routeFixtures.js"

/** The preset with the policy proposal's route given as its step bodies. */
const proposalRoute = (...bodies: ReadonlyArray<string>) =>
  modelWith((json) => {
    const route = json.routes.find((r) => r.item === "beleidsvoorstel")!
    route.steps = bodies.map((body) => ({
      body,
      outcomes: body === "dvo" ? ["accord", "return", "reject"] : ["approve", "return", "reject"],
    }))
  })

describe("route.previous-step-not-approved", () => {
  it("the DVO cannot accord while the Stuurgroep has not approved the version, and it is said once", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .refused("route.previous-step-not-approved")
    assert.deepStrictEqual(factsOf(refusal, "route.previous-step-not-approved"), {
      item: itemId,
      version: 1,
      body: "dvo",
      missing: "stuurgroep",
    })
  })

  it("a returned proposal starts the route again as a new version", () => {
    const returned = history(
      [persons.drafter, draft()],
      [persons.trekker, new Route.SubmitItem({ itemId })],
      [persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
      [persons.dvoSecretaris, decision("dvo", "return", "besluit-dvo-1")],
      [persons.drafter, new Route.EditItem({ itemId, content: content(2_000_000) })],
      [persons.trekker, new Route.SubmitItem({ itemId })],
    )
    const state = Kernel.fold(Route.routeDecider, returned)
    assert.isTrue(state.exists && state.version === 2 && state.step === 0)
    const refusal = given(Route.routeDecider, returned)
      .when(decision("dvo", "accord", "besluit-dvo-2"), ctx(persons.dvoSecretaris))
      .refused("route.previous-step-not-approved")
    assert.deepStrictEqual(factsOf(refusal, "route.previous-step-not-approved"), {
      item: itemId,
      version: 2,
      body: "dvo",
      missing: "stuurgroep",
    })
  })

  it("a step the model in force inserted before the DVO must approve the version first", () => {
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1"),
        ctx(persons.dvoSecretaris, { model: proposalRoute("stuurgroep", "bbg", "dvo") }),
      )
      .refused("route.previous-step-not-approved")
    assert.strictEqual(factsOf(refusal, "route.previous-step-not-approved").missing, "bbg")
  })

  it("the DVO accords the version the Stuurgroep approved, and the accord ends the route", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events, state) => {
        assert.isTrue((events[0] as Route.DecisionRecorded).final)
        assert.isTrue(state.exists && state.status === "accorded")
      })
  })

  it("an approval counts for the body that gave it, wherever the model in force moved its step", () => {
    const bbgFirst = proposalRoute("bbg", "stuurgroep", "dvo")
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris, { model: bbgFirst }))
      .refused("route.previous-step-not-approved")
    assert.strictEqual(factsOf(refusal, "route.previous-step-not-approved").missing, "bbg")
    const bbgApproved = historyUnder(bbgFirst, approvedByStuurgroep(), [
      Governance.PersonId.make("secretaris-bbg"),
      decision("bbg", "approve", "besluit-bbg-1"),
    ])
    given(Route.routeDecider, bbgApproved)
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris, { model: bbgFirst }))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "accorded"))
  })
})

describe("route.not-your-turn", () => {
  it("the Stuurgroep, having approved, does not decide again on the same version", () => {
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("stuurgroep", "reject", "besluit-sg-2"), ctx(persons.stuurgroepSecretaris))
      .refused("route.not-your-turn")
    assert.deepStrictEqual(factsOf(refusal, "route.not-your-turn"), {
      body: "stuurgroep",
      expectedBody: "dvo",
      item: itemId,
      version: 1,
    })
  })

  it("a body the route does not name does not decide on the item", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("eg-weerbare-overheid", "approve", "besluit-eg-1"),
        ctx(Governance.PersonId.make("trekker-eg-weerbare-overheid")),
      )
      .refused("route.not-your-turn")
    assert.deepStrictEqual(factsOf(refusal, "route.not-your-turn"), {
      body: "eg-weerbare-overheid",
      expectedBody: "stuurgroep",
      item: itemId,
      version: 1,
    })
  })

  it("the Stuurgroep decides first on a submitted proposal and offers it to the DVO", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events, state) => {
        assert.strictEqual((events[0] as Route.DecisionRecorded).final, false)
        assert.isTrue(state.exists && state.status === "submitted" && state.step === 1)
      })
  })
})

describe("route.no-step-left", () => {
  it("when a new model's route has no step left for the version, no body decides on it, on the route or not", () => {
    const stuurgroepOnly = proposalRoute("stuurgroep")
    for (const [body, person] of [
      ["bbg", Governance.PersonId.make("secretaris-bbg")],
      ["dvo", persons.dvoSecretaris],
    ] as const) {
      const refusal = given(Route.routeDecider, approvedByStuurgroep())
        .when(decision(body, "approve", `besluit-${body}-1`), ctx(person, { model: stuurgroepOnly }))
        .refused("route.no-step-left")
      assert.deepStrictEqual(factsOf(refusal, "route.no-step-left"), { item: itemId, version: 1, body })
    }
  })

  it("while a step is left, the body at that step decides", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events) => assert.isTrue((events[0] as Route.DecisionRecorded).final))
  })
})
