import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { ctx, decision, draft, history, itemId, modelWith, persons, submitted } from "../../support/routeFixtures.js"

const withoutRouteFor = (kind: string) =>
  modelWith((json) => {
    json.routes = json.routes.filter((r) => r.item !== kind)
  })

describe("route.no-route", () => {
  it("an item of a kind the governance model has no route for is not drafted", () => {
    const refusal = given(Route.routeDecider)
      .when(draft("opdracht"), ctx(persons.drafter, { model: withoutRouteFor("opdracht") }))
      .refused("route.no-route")
    assert.deepStrictEqual(factsOf(refusal, "route.no-route"), { kind: "opdracht" })
  })

  it("a draft whose route the model in force dropped is not submitted", () => {
    given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker, { model: withoutRouteFor("beleidsvoorstel") }))
      .refused("route.no-route")
  })

  it("no body decides on an item whose route the model in force dropped", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1"),
        ctx(persons.stuurgroepSecretaris, { model: withoutRouteFor("beleidsvoorstel") }),
      )
      .refused("route.no-route")
  })

  it("an assignment follows the route the model gives it", () => {
    given(Route.routeDecider)
      .when(draft("opdracht"), ctx(persons.drafter))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.kind === "opdracht"))
  })
})

describe("route.not-a-drafter", () => {
  it("an expert group does not draft an adjustment of the programme plan", () => {
    const refusal = given(Route.routeDecider)
      .when(draft("programmabijstelling", 0), ctx(persons.drafter))
      .refused("route.not-a-drafter")
    assert.deepStrictEqual(factsOf(refusal, "route.not-a-drafter"), {
      body: "eg-ondermijnende-criminaliteit",
      kind: "programmabijstelling",
    })
  })

  it("the DVO does not draft policy proposals in the preset, nor does an outsider draft in the Stuurgroep's name", () => {
    given(Route.routeDecider)
      .when(draft("beleidsvoorstel", 2_500_000, "dvo"), ctx(persons.dvoSecretaris))
      .refused("route.not-a-drafter")
    given(Route.routeDecider)
      .when(draft("beleidsvoorstel", 2_500_000, "stuurgroep"), ctx(persons.outsider))
      .refused("authority.not-a-member")
  })

  it("the Stuurgroep drafts an adjustment of the programme plan", () => {
    given(Route.routeDecider)
      .when(draft("programmabijstelling", 0, "stuurgroep"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "ItemDrafted"))
  })

  it("every expert group drafts policy proposals, not only one", () => {
    given(Route.routeDecider)
      .when(
        draft("beleidsvoorstel", 2_500_000, "eg-weerbare-overheid"),
        ctx(Governance.PersonId.make("lid-eg-wo-arnhem")),
      )
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "ItemDrafted"))
  })
})
