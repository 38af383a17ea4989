import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { pilotAccorded } from "../support/pilotFixtures.js"
import { ctx, evaluate, followRoute, persons, practiceId, registered } from "../support/practiceFixtures.js"
import { budget, fullMeeting, history, persons as routePersons } from "../support/routeFixtures.js"

/** The candidate after the DVO accorded its pilot proposal. */
const afterPilotAccord = () => followRoute(registered(), pilotAccorded())

const decidedOn = (
  events: Array<Practice.PracticeEvent>,
  actor: Governance.PersonId,
  command: Practice.PracticeCommand,
) => {
  const result = Practice.practiceDecider.decide(command, Kernel.fold(Practice.practiceDecider, events), ctx(actor))
  if (result._tag === "Left") throw new Error(result.left.message)
  return [...events, ...result.right.events]
}

const trackCtx = (events: ReadonlyArray<Practice.PracticeEvent>): Practice.TrackContext => ({
  ...ctx(persons.trekker),
  practice: Kernel.fold(Practice.practiceDecider, events),
})

const toPilot = (municipality: string, reason?: string) =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    to: "pilot",
    on: Kernel.calendarDate("2016-06-01"),
    ...(reason === undefined ? {} : { reason }),
  })

/** A plain beleidsvoorstel of the same practice (the roll-out), through Stuurgroep and DVO. */
const rollOut = () => {
  const itemId = Route.ItemId.make("bv-hennep-uitrol")
  const decide = (body: string, outcome: Governance.Outcome, id: string) =>
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make(id),
      body: Governance.BodyId.make(body),
      outcome,
      ...fullMeeting(body),
    })
  return history(
    [
      routePersons.drafter,
      new Route.DraftItem({
        itemId,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Uitrol hennepconvenant",
          description: "Na de pilot in alle gemeenten.",
          budget: [budget(2_000_000)],
          practices: [practiceId],
        },
      }),
    ],
    [routePersons.trekker, new Route.SubmitItem({ itemId })],
    [routePersons.stuurgroepSecretaris, decide("stuurgroep", "approve", "besluit-sg-uitrol")],
    [routePersons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo-uitrol")],
  )
}

describe("the DVO's accord of a pilot proposal", () => {
  it("given a candidate in a pilot proposal, when the DVO accords it, then the practice records the pilot's accord and stays a candidate", () => {
    const events = afterPilotAccord()
    const accorded = events.find((e) => e._tag === "PilotAccorded")
    assert.isDefined(accorded)
    assert.isUndefined(events.find((e) => e._tag === "PracticeAccorded"))
    const state = Kernel.fold(Practice.practiceDecider, events)
    assert.isTrue(state.exists)
    if (!state.exists) return
    assert.strictEqual(state.status, "kandidaat")
    assert.isUndefined(state.accord)
    assert.strictEqual(state.pilotAccord?.accord.decisionId, "besluit-dvo-1")
    assert.deepStrictEqual(state.pilotAccord?.municipalities, ["rheden", "kampen"])
    assert.strictEqual(state.pilotAccord?.budget[0]?.amount, 500_000)
    assert.deepStrictEqual(
      state.pilotMunicipalities.map((d) => [d.municipality, d.decisionId]),
      [
        ["rheden", "besluit-dvo-1"],
        ["kampen", "besluit-dvo-1"],
      ],
    )
  })

  it("given the pilot's accord, when the expert group starts the pilot, then the practice is in pilot", () => {
    given(Practice.practiceDecider, afterPilotAccord())
      .when(new Practice.StartPilot({ practiceId }), ctx(persons.trekker))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "in_pilot"))
  })

  it("given the pilot started, when Rheden moves its track to pilot, then it may; Ede's own pilot is signalled", () => {
    const started = decidedOn(afterPilotAccord(), persons.trekker, new Practice.StartPilot({ practiceId }))
    given(Practice.trackDecider)
      .when(toPilot("rheden"), trackCtx(started))
      .thenEvents((_events, state) => assert.strictEqual(state.phase, "pilot"))
    given(Practice.trackDecider)
      .when(toPilot("ede", "Ede start op eigen initiatief een pilot."), trackCtx(started))
      .signalled("track.not-a-pilot-municipality")
  })

  it("given the pilot evaluated, when a roll-out proposal of the same practice is accorded, then the practice is geaccordeerd", () => {
    const tried = decidedOn(
      decidedOn(afterPilotAccord(), persons.trekker, new Practice.StartPilot({ practiceId })),
      persons.lid,
      evaluate("pilot", "goed-beschreven", "ev-pilot", "2016-06-01"),
    )
    const state = Kernel.fold(Practice.practiceDecider, followRoute(tried, rollOut()))
    assert.isTrue(state.exists && state.status === "geaccordeerd")
    assert.strictEqual(state.exists ? state.accord?.decisionId : undefined, "besluit-dvo-uitrol")
    assert.strictEqual(state.exists ? state.pilotAccord?.accord.decisionId : undefined, "besluit-dvo-1")
  })

  it("a pilot proposal's practice cannot be proposed again while it waits for the pilot (it is voorgesteld until the accord)", () => {
    const submitted = followRoute(registered(), pilotAccorded().slice(0, 2))
    const state = Kernel.fold(Practice.practiceDecider, submitted)
    assert.isTrue(state.exists && state.status === "voorgesteld")
  })
})
