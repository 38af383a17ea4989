import { assert, describe, it } from "@effect/vitest"
import { Governance, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  accorded,
  approvedByStuurgroep,
  content,
  ctx,
  decision,
  draft,
  fullMeeting,
  history,
  itemId,
  modelWith,
  now,
  persons,
  submitted,
  today,
} from "../../support/routeFixtures.js"

describe("authority.not-a-member", () => {
  it("someone outside the expert group does not draft a proposal in its name", () => {
    const refusal = given(Route.routeDecider).when(draft(), ctx(persons.outsider)).refused("authority.not-a-member")
    assert.deepStrictEqual(factsOf(refusal, "authority.not-a-member"), {
      person: persons.outsider,
      body: "eg-ondermijnende-criminaliteit",
      date: today,
    })
  })

  it("a member whose seat in the expert group ended no longer edits its draft", () => {
    const left = modelWith((json) => {
      const seat = json.memberships.find((m) => m.person === persons.drafter)!
      Object.assign(seat, { to: "2016-05-31" })
    })
    given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(new Route.EditItem({ itemId, content: content(1_000_000) }), ctx(persons.drafter, { model: left }))
      .refused("authority.not-a-member")
  })

  it("any member of the expert group drafts, not only its trekker", () => {
    given(Route.routeDecider)
      .when(draft(), ctx(persons.drafter))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "ItemDrafted")
        assert.isTrue(state.exists && state.status === "draft" && state.version === 1)
      })
  })

  it("another member of the expert group edits the draft", () => {
    given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(
        new Route.EditItem({ itemId, content: content(2_000_000) }),
        ctx(Governance.PersonId.make("lid-eg-oc-riec")),
      )
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.authors.includes("lid-eg-oc-riec")))
  })
})

describe("authority.may-not-act-for-body", () => {
  it("an ordinary member drafts but does not submit for the expert group", () => {
    const refusal = given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(new Route.SubmitItem({ itemId }), ctx(persons.drafter))
      .refused("authority.may-not-act-for-body")
    assert.deepStrictEqual(factsOf(refusal, "authority.may-not-act-for-body"), {
      person: persons.drafter,
      body: "eg-ondermijnende-criminaliteit",
      date: today,
    })
  })

  it("a member of the DVO cannot record its decision", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoLid))
      .refused("authority.may-not-act-for-body")
  })

  it("the Stuurgroep does not withdraw an expert group's proposal", () => {
    given(Route.routeDecider, submitted())
      .when(new Route.WithdrawItem({ itemId, reason: "Niet nodig." }), ctx(persons.stuurgroepSecretaris))
      .refused("authority.may-not-act-for-body")
  })

  it("a member of the DVO does not record the revocation of its decision", () => {
    given(Route.routeDecider, accorded())
      .when(
        new Route.RevokeDecision({
          itemId,
          decisionId: Route.DecisionId.make("besluit-dvo-2"),
          revokes: Route.DecisionId.make("besluit-dvo-1"),
          body: Governance.BodyId.make("dvo"),
          ...fullMeeting("dvo"),
        }),
        ctx(persons.dvoLid),
      )
      .refused("authority.may-not-act-for-body")
  })

  it("a secretaris whose term ended no longer records the DVO's decisions", () => {
    const ended = modelWith((json) => {
      const seat = json.memberships.find((m) => m.person === persons.dvoSecretaris && m.body === "dvo")!
      Object.assign(seat, { to: "2016-05-31" })
    })
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris, { model: ended }))
      .refused("authority.may-not-act-for-body")
    assert.deepStrictEqual(factsOf(refusal, "authority.may-not-act-for-body"), {
      person: persons.dvoSecretaris,
      body: "dvo",
      date: today,
    })
  })

  it("the trekker submits and the item waits for the Stuurgroep", () => {
    given(Route.routeDecider, history([persons.drafter, draft()]))
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .thenEmits([new Route.ItemSubmitted({ itemId, version: 1, submittedBy: persons.trekker, at: now() })])
  })

  it("the voorzitter records a decision as well as the secretaris", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoVoorzitter))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})
