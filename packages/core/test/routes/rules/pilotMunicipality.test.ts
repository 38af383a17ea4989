import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { content, ctx, history, itemId, persons } from "../../support/routeFixtures.js"

const draftWith = (...municipalities: ReadonlyArray<string>) =>
  new Route.DraftItem({
    itemId,
    kind: "beleidsvoorstel",
    draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
    content: {
      ...content(),
      pilot: {
        municipalities: municipalities.map((m) => Governance.OrganisationId.make(m)) as [
          Governance.OrganisationId,
          ...Array<Governance.OrganisationId>,
        ],
      },
    },
  })

describe("route.pilot-municipality-not-host", () => {
  it("given nothing, when a pilot proposal names Rheden and Kampen (a reference municipality), then it is drafted", () => {
    given(Route.routeDecider)
      .when(draftWith("rheden", "kampen"), ctx(persons.drafter))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "ItemDrafted"))
  })

  it("given nothing, when a pilot proposal names the police, then it is refused naming the organisation", () => {
    const refusal = given(Route.routeDecider)
      .when(draftWith("rheden", "politie-oost-nederland"), ctx(persons.drafter))
      .refused("route.pilot-municipality-not-host")
    assert.deepStrictEqual(factsOf(refusal, "route.pilot-municipality-not-host"), {
      municipality: "politie-oost-nederland",
      date: "2016-06-01",
    })
  })

  it("given a drafted pilot proposal, when an edit names an unknown municipality, then it is refused", () => {
    const drafted = history([persons.drafter, draftWith("rheden")])
    given(Route.routeDecider, drafted)
      .when(new Route.EditItem({ itemId, content: draftWith("nergenshuizen").content }), ctx(persons.drafter))
      .refused("route.pilot-municipality-not-host")
  })
})
