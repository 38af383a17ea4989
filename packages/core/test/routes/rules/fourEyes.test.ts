import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  content,
  ctx,
  decision,
  draft,
  history,
  itemId,
  modelWith,
  persons,
  submitted,
} from "../../support/routeFixtures.js"

// The drafter and another author of the expert group also sit in the Stuurgroep, which has no
// quorum here, so that one person present can carry a decision.
const authorsInStuurgroep = modelWith((json) => {
  for (const person of [persons.drafter, "lid-eg-oc-riec"]) {
    json.memberships.push({ person, body: "stuurgroep", role: "lid", from: "2016-01-01" })
  }
  const sg = json.bodies.find((b) => b.id === "stuurgroep")!
  Object.assign(sg, { decisionRule: { method: "consensus" } })
})
const context = ctx(persons.stuurgroepSecretaris, { model: authorsInStuurgroep })

describe("decision.four-eyes", () => {
  it("the drafter cannot alone approve the item", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1", { attendance: [persons.drafter] }), context)
      .refused("decision.four-eyes")
    assert.deepStrictEqual(factsOf(refusal, "decision.four-eyes"), { item: itemId, approvers: [persons.drafter] })
  })

  it("a member who edited the version cannot alone approve it either", () => {
    const edited = history(
      [persons.drafter, draft()],
      [Governance.PersonId.make("lid-eg-oc-riec"), new Route.EditItem({ itemId, content: content(3_000_000) })],
      [persons.trekker, new Route.SubmitItem({ itemId })],
    )
    given(Route.routeDecider, edited)
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance: [Governance.PersonId.make("lid-eg-oc-riec")] }),
        context,
      )
      .refused("decision.four-eyes")
  })

  it("the drafter and another member together approve it", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: [persons.drafter, persons.stuurgroepLid],
        }),
        context,
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("the drafter alone may still return the item with remarks: four eyes guards approval only", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "return", "besluit-sg-1", { attendance: [persons.drafter] }), context)
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "returned"))
  })
})
