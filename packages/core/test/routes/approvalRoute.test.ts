import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import {
  approvedByStuurgroep,
  content,
  ctx,
  decision,
  draft,
  fullMeeting,
  history,
  itemId,
  persons,
} from "../support/routeFixtures.js"

// The whole route as a programme secretary follows it; each rule on the way has its own tests in
// rules/.
const step = (
  events: ReadonlyArray<Route.RouteEvent>,
  actor: Governance.PersonId,
  command: Parameters<typeof Route.routeDecider.decide>[0],
) => {
  const result = Route.routeDecider.decide(command, Kernel.fold(Route.routeDecider, events), ctx(actor))
  if (result._tag === "Left") assert.fail(result.left.explain("en"))
  return [...events, ...result.right.events]
}

describe("a policy proposal on its approval route", () => {
  it("is drafted, submitted by the trekker, approved and offered by the Stuurgroep, accorded by the DVO and later revoked", () => {
    let events = step([], persons.drafter, draft())
    events = step(events, persons.trekker, new Route.SubmitItem({ itemId }))
    let state = Kernel.fold(Route.routeDecider, events)
    assert.isTrue(state.exists && state.status === "submitted" && state.step === 0)

    events = step(events, persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1"))
    const offered = events.at(-1) as Route.DecisionRecorded
    assert.isFalse(offered.final)
    assert.strictEqual(offered.committedBudget, 0)
    state = Kernel.fold(Route.routeDecider, events)
    assert.isTrue(state.exists && state.status === "submitted" && state.step === 1)

    events = step(events, persons.dvoSecretaris, decision("dvo", "accord", "besluit-dvo-1"))
    const accord = events.at(-1) as Route.DecisionRecorded
    assert.isTrue(accord.final)
    assert.strictEqual(accord.committedBudget, 2_500_000)
    state = Kernel.fold(Route.routeDecider, events)
    assert.isTrue(state.exists && state.status === "accorded")

    events = step(
      events,
      persons.dvoSecretaris,
      new Route.RevokeDecision({
        itemId,
        decisionId: Route.DecisionId.make("besluit-dvo-2"),
        revokes: Route.DecisionId.make("besluit-dvo-1"),
        body: Governance.BodyId.make("dvo"),
        ...fullMeeting("dvo"),
      }),
    )
    assert.strictEqual((events.at(-1) as Route.DecisionRevoked).releasedBudget, 2_500_000)
    state = Kernel.fold(Route.routeDecider, events)
    assert.isTrue(state.exists && state.status === "revoked")
    assert.deepStrictEqual(state.exists ? state.decisions.map((d) => [d.decisionId, d.revokedBy]) : [], [
      ["besluit-sg-1", undefined],
      ["besluit-dvo-1", "besluit-dvo-2"],
    ])
  })

  it("returned by the DVO, is edited, submitted again as version 2 and travels the route again from the Stuurgroep", () => {
    let events = step(approvedByStuurgroep(), persons.dvoSecretaris, decision("dvo", "return", "besluit-dvo-1"))
    events = step(events, persons.drafter, new Route.EditItem({ itemId, content: content(2_000_000) }))
    events = step(events, persons.trekker, new Route.SubmitItem({ itemId }))
    const state = Kernel.fold(Route.routeDecider, events)
    assert.isTrue(state.exists && state.version === 2 && state.step === 0 && state.status === "submitted")
    given(Route.routeDecider, events)
      .when(decision("dvo", "accord", "besluit-dvo-2"), ctx(persons.dvoSecretaris))
      .refused("route.previous-step-not-approved")
    events = step(events, persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-2"))
    given(Route.routeDecider, events)
      .when(decision("dvo", "accord", "besluit-dvo-2"), ctx(persons.dvoSecretaris))
      .thenEvents((accorded, after) => {
        assert.strictEqual((accorded[0] as Route.DecisionRecorded).committedBudget, 2_000_000)
        assert.isTrue(after.exists && after.status === "accorded" && after.version === 2)
      })
  })

  it("a progress report goes from the Stuurgroep to the DVO, which takes note of it", () => {
    const onRoute = history(
      [persons.stuurgroepSecretaris, draft("voortgangsrapportage", 0, "stuurgroep")],
      [persons.stuurgroepSecretaris, new Route.SubmitItem({ itemId })],
    )
    const state = Kernel.fold(Route.routeDecider, onRoute)
    assert.isTrue(state.exists && state.kind === "voortgangsrapportage" && state.status === "submitted")
    given(Route.routeDecider, onRoute)
      .when(decision("dvo", "take-note", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events, after) => {
        assert.strictEqual((events[0] as Route.DecisionRecorded).committedBudget, 0)
        assert.isTrue(after.exists && after.status === "noted")
      })
  })

  it("a refusal reports every failed rule, not only the first, in words a secretary reads", () => {
    const refusal = given(Route.routeDecider, approvedByStuurgroep())
      .when(
        decision("dvo", "accord", "besluit-dvo-1", { attendance: [], meetingDate: Kernel.calendarDate("2016-07-01") }),
        ctx(persons.dvoLid),
      )
      .refused("authority.may-not-act-for-body", "decision.meeting-in-future", "decision.no-members-present")
    assert.match(refusal.explain("nl"), /burgemeester-arnhem mag op 2016-06-01 niet namens dvo handelen/)
  })
})
