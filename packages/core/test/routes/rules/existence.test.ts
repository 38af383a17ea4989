import { assert, describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { ctx, decision, draft, history, itemId, persons } from "../../support/routeFixtures.js"

describe("item.not-found", () => {
  it("an item that was never drafted is not submitted", () => {
    const refusal = given(Route.routeDecider)
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .refused("item.not-found")
    assert.deepStrictEqual(factsOf(refusal, "item.not-found"), { item: itemId })
  })

  it("no body decides on an item that does not exist, and that is the only reason given", () => {
    given(Route.routeDecider)
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("item.not-found")
  })

  it("a drafted item is found and submitted", () => {
    given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "submitted"))
  })
})

describe("item.already-exists", () => {
  it("a second item is not drafted under an identifier already in use", () => {
    const refusal = given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(draft("opdracht"), ctx(persons.drafter))
      .refused("item.already-exists")
    assert.deepStrictEqual(factsOf(refusal, "item.already-exists"), { item: itemId })
  })

  it("a new identifier starts a new item", () => {
    given(Route.routeDecider)
      .when(draft(), ctx(persons.drafter))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.itemId === itemId))
  })
})
