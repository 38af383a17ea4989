import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { content, ctx, itemId, persons } from "../../support/routeFixtures.js"

const draftWith = (tasks: ReadonlyArray<{ organisation: string; task: string }>) =>
  new Route.DraftItem({
    itemId,
    kind: "beleidsvoorstel",
    draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
    content: {
      ...content(),
      tasks: tasks.map(
        (t) => new Route.PartnerTask({ organisation: Governance.OrganisationId.make(t.organisation), task: t.task }),
      ),
    },
  })

describe("task.unknown-organisation", () => {
  it("given the preset, when a proposal names a task of an organisation the model does not know, then it is refused naming the task", () => {
    const refusal = given(Route.routeDecider)
      .when(
        draftWith([
          { organisation: "om-oost-nederland", task: "Strafrechtelijke aanpak bij signalen" },
          { organisation: "stichting-onbekend", task: "Voorlichting" },
        ]),
        ctx(persons.drafter),
      )
      .refused("task.unknown-organisation")
    assert.deepStrictEqual(factsOf(refusal, "task.unknown-organisation"), {
      task: 2,
      organisation: "stichting-onbekend",
    })
  })

  it("given the preset, when a proposal names tasks of the OM and the police, then it is drafted with them", () => {
    given(Route.routeDecider)
      .when(
        draftWith([
          { organisation: "om-oost-nederland", task: "Strafrechtelijke aanpak bij signalen" },
          { organisation: "politie-oost-nederland", task: "Controles met de gemeente" },
        ]),
        ctx(persons.drafter),
      )
      .thenEvents((_events, state) =>
        assert.deepStrictEqual(state.exists ? (state.content.tasks ?? []).map((t) => t.organisation) : [], [
          "om-oost-nederland",
          "politie-oost-nederland",
        ]),
      )
  })
})
