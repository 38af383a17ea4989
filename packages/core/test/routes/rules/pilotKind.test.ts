import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { content, ctx, history, itemId, persons } from "../../support/routeFixtures.js"

const pilot = { municipalities: [Governance.OrganisationId.make("rheden")] as const }

const draftOf = (kind: Governance.ItemKind, body = "eg-ondermijnende-criminaliteit") =>
  new Route.DraftItem({
    itemId,
    kind,
    draftingBody: Governance.BodyId.make(body),
    content: { ...content(kind === "opdracht" ? 0 : 2_500_000), pilot },
  })

describe("route.pilot-not-a-proposal", () => {
  it("given nothing, when an opdracht is drafted with pilot municipalities, then it is refused", () => {
    const refusal = given(Route.routeDecider)
      .when(draftOf("opdracht"), ctx(persons.drafter))
      .refused("route.pilot-not-a-proposal")
    assert.deepStrictEqual(factsOf(refusal, "route.pilot-not-a-proposal"), { item: itemId, kind: "opdracht" })
  })

  it("given nothing, when a beleidsvoorstel is drafted with pilot municipalities, then it is a pilot proposal", () => {
    given(Route.routeDecider)
      .when(draftOf("beleidsvoorstel"), ctx(persons.drafter))
      .thenEvents((_events, state) =>
        assert.deepStrictEqual(state.exists ? state.content.pilot?.municipalities : undefined, pilot.municipalities),
      )
  })

  it("given a drafted opdracht, when it is edited to name pilot municipalities, then it is refused", () => {
    const drafted = history([
      persons.drafter,
      new Route.DraftItem({
        itemId,
        kind: "opdracht",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: content(0),
      }),
    ])
    given(Route.routeDecider, drafted)
      .when(new Route.EditItem({ itemId, content: { ...content(0), pilot } }), ctx(persons.drafter))
      .refused("route.pilot-not-a-proposal")
  })
})
