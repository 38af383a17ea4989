import { assert, describe, it } from "@effect/vitest"
import { Option } from "effect"
import { Governance, Kernel, Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { decision, draft, historyUnder, itemId, model, modelWith, persons } from "../support/routeFixtures.js"

// "De Stuurgroep is verantwoordelijk voor het doen van voorstellen": the Stuurgroep drafts a
// beleidsvoorstel itself, and its route starts at the Stuurgroep's own approval.
const byStuurgroep = (m: Governance.GovernanceModel) =>
  historyUnder(
    m,
    [],
    [persons.stuurgroepSecretaris, draft("beleidsvoorstel", 2_500_000, "stuurgroep")],
    [persons.stuurgroepSecretaris, new Route.SubmitItem({ itemId })],
  )
const turnIn = (m: Governance.GovernanceModel, events: ReadonlyArray<Route.RouteEvent>) => {
  const item = Kernel.fold(Route.routeDecider, events)
  const route = Option.getOrThrow(Route.routeOf(m, "beleidsvoorstel"))
  return item.exists ? route.steps[Route.turnOf(route, item)]?.body : undefined
}
const ctxOf = (actor: Governance.PersonId, m: Governance.GovernanceModel): Kernel.DecisionContext => ({
  actor,
  model: m,
  now: `2016-06-01T10:00:00.000Z` as Kernel.Timestamp,
})

// A route with a step in front of the Stuurgroep's: the expert group Weerbare Overheid reads along first.
const withCoReading = modelWith((json) => {
  const route = json.routes.find((r) => r.item === "beleidsvoorstel")!
  route.steps.unshift({ body: "eg-weerbare-overheid", outcomes: ["approve", "return", "reject"] } as never)
})

describe("the Stuurgroep drafts a beleidsvoorstel itself", () => {
  it("the preset names the expert groups and the Stuurgroep as drafters of a beleidsvoorstel", () => {
    const route = Option.getOrThrow(Route.routeOf(model, "beleidsvoorstel"))
    assert.deepStrictEqual(Governance.draftersOf(route.drafter), [
      { level: "beleid" },
      { body: Governance.BodyId.make("stuurgroep") },
    ])
  })

  it("its proposal travels its own approval, then the DVO's accord", () => {
    const events = byStuurgroep(model)
    assert.strictEqual(turnIn(model, events), "stuurgroep")
    const approved = historyUnder(model, events, [
      persons.stuurgroepVoorzitter,
      decision("stuurgroep", "approve", "besluit-sg-1"),
    ])
    assert.strictEqual(turnIn(model, approved), "dvo")
    given(Route.routeDecider, approved)
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctxOf(persons.dvoSecretaris, model))
      .thenEvents((_, state) => assert.isTrue(state.exists && state.status === "accorded"))
  })

  it("where the route has a step in front of the Stuurgroep's, its own proposal starts at its own step", () => {
    assert.strictEqual(turnIn(withCoReading, byStuurgroep(withCoReading)), "stuurgroep")
    const byExpertGroup = historyUnder(
      withCoReading,
      [],
      [persons.drafter, draft("beleidsvoorstel")],
      [persons.trekker, new Route.SubmitItem({ itemId })],
    )
    assert.strictEqual(turnIn(withCoReading, byExpertGroup), "eg-weerbare-overheid")
  })

  it("the DVO still accords only what the Stuurgroep approved", () => {
    given(Route.routeDecider, byStuurgroep(model))
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctxOf(persons.dvoSecretaris, model))
      .refused("route.previous-step-not-approved")
  })

  it("four eyes stays weigeren: the chair who drafted it does not alone approve it", () => {
    assert.strictEqual(model.forces?.["decision.four-eyes"], "weigeren")
    const drafted = historyUnder(
      model,
      [],
      [persons.stuurgroepVoorzitter, draft("beleidsvoorstel", 2_500_000, "stuurgroep")],
      [persons.stuurgroepVoorzitter, new Route.SubmitItem({ itemId })],
    )
    given(Route.routeDecider, drafted)
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance: [persons.stuurgroepVoorzitter] }),
        ctxOf(persons.stuurgroepVoorzitter, model),
      )
      .refused("decision.four-eyes")
  })
})
