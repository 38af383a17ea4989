import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, decision, draft, history, itemId, persons } from "../support/routeFixtures.js"

// The voortgangsrapportage's route in the preset: the Stuurgroep informs the DVO, an expert
// group's trekker informs the Stuurgroep. A body takes no note of its own report.
describe("the route of a voortgangsrapportage", () => {
  const ofStuurgroep = () =>
    history(
      [persons.stuurgroepSecretaris, draft("voortgangsrapportage", 0, "stuurgroep")],
      [persons.stuurgroepSecretaris, new Route.SubmitItem({ itemId })],
    )
  const ofExpertGroup = () =>
    history([persons.drafter, draft("voortgangsrapportage", 0)], [persons.trekker, new Route.SubmitItem({ itemId })])

  it("given the Stuurgroep's own report, when the Stuurgroep takes note of it, then that is refused: it is the DVO's turn", () => {
    given(Route.routeDecider, ofStuurgroep())
      .when(decision("stuurgroep", "take-note", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .refused("route.not-your-turn")
  })

  it("given an expert group's report, when the Stuurgroep takes note of it, then the route ends there", () => {
    given(Route.routeDecider, ofExpertGroup())
      .when(decision("stuurgroep", "take-note", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events, after) => {
        assert.isTrue((events[0] as Route.DecisionRecorded).final)
        assert.isTrue(after.exists && after.status === "noted")
      })
  })

  it("given an expert group's report, when the DVO takes note of it first, then that is refused: it is the Stuurgroep's turn", () => {
    given(Route.routeDecider, ofExpertGroup())
      .when(decision("dvo", "take-note", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .refused("route.previous-step-not-approved")
  })

  it("the start of a route skips the drafting body's own step only where that step takes note", () => {
    const model = Governance.samenWeerbaar()
    const route = (kind: string) => model.routes.find((r) => r.item === kind)!
    assert.strictEqual(Route.startOf(route("voortgangsrapportage"), "stuurgroep"), 1)
    assert.strictEqual(Route.startOf(route("voortgangsrapportage"), "eg-ondermijnende-criminaliteit"), 0)
    assert.strictEqual(Route.startOf(route("beleidsvoorstel"), "stuurgroep"), 0)
  })
})
