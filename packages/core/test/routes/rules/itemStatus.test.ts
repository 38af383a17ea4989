import { assert, describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  accorded,
  approvedByStuurgroep,
  content,
  ctx,
  decision,
  draft,
  history,
  itemId,
  persons,
  submitted,
} from "../../support/routeFixtures.js"

const returned = () =>
  history(
    [persons.drafter, draft()],
    [persons.trekker, new Route.SubmitItem({ itemId })],
    [persons.stuurgroepSecretaris, decision("stuurgroep", "return", "besluit-sg-1")],
  )

describe("item.not-editable", () => {
  it("a submitted version is not edited", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(new Route.EditItem({ itemId, content: content(1) }), ctx(persons.drafter))
      .refused("item.not-editable")
    assert.deepStrictEqual(factsOf(refusal, "item.not-editable"), { item: itemId, status: "submitted" })
  })

  it("an accorded proposal is not edited", () => {
    given(Route.routeDecider, accorded())
      .when(new Route.EditItem({ itemId, content: content(1) }), ctx(persons.drafter))
      .refused("item.not-editable")
  })

  it("a returned proposal is edited into its new version", () => {
    given(Route.routeDecider, returned())
      .when(new Route.EditItem({ itemId, content: content(2_000_000) }), ctx(persons.drafter))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.version === 2))
  })
})

describe("item.not-submittable", () => {
  it("an item on its route is not submitted a second time", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .refused("item.not-submittable")
    assert.deepStrictEqual(factsOf(refusal, "item.not-submittable"), { item: itemId, status: "submitted" })
  })

  it("a returned proposal is submitted again and waits for the first step", () => {
    given(Route.routeDecider, returned())
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .thenEvents((_events, state) =>
        assert.isTrue(state.exists && state.status === "submitted" && state.version === 2 && state.step === 0),
      )
  })
})

describe("route.not-on-route", () => {
  it("nothing to decide on a draft", () => {
    const refusal = given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("route.not-on-route")
    assert.deepStrictEqual(factsOf(refusal, "route.not-on-route"), { item: itemId, status: "draft" })
  })

  it("an accorded proposal is not decided on again", () => {
    given(Route.routeDecider, accorded())
      .when(decision("dvo", "reject", "besluit-dvo-2"), ctx(persons.dvoSecretaris))
      .refused("route.not-on-route")
  })

  it("a submitted proposal is decided on", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "DecisionRecorded"))
  })
})

describe("item.not-withdrawable", () => {
  it("the drafting group does not withdraw its item after the final decision", () => {
    const refusal = given(Route.routeDecider, accorded())
      .when(new Route.WithdrawItem({ itemId, reason: "Te laat." }), ctx(persons.trekker))
      .refused("item.not-withdrawable")
    assert.deepStrictEqual(factsOf(refusal, "item.not-withdrawable"), { item: itemId, status: "accorded" })
  })

  it("the drafting group withdraws its item before the final decision", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(new Route.WithdrawItem({ itemId, reason: "Samengevoegd met een ander voorstel." }), ctx(persons.trekker))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "withdrawn"))
  })
})
