import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { pilotAccorded } from "../support/pilotFixtures.js"
import { ctx, followLast, followRoute, persons, practiceId, registered } from "../support/practiceFixtures.js"
import { fullMeeting, historyUnder, itemId, model, persons as routePersons } from "../support/routeFixtures.js"

const revokePilot = () =>
  historyUnder(model, pilotAccorded(), [
    routePersons.dvoSecretaris,
    new Route.RevokeDecision({
      itemId,
      decisionId: Route.DecisionId.make("besluit-dvo-2"),
      revokes: Route.DecisionId.make("besluit-dvo-1"),
      body: Governance.BodyId.make("dvo"),
      ...fullMeeting("dvo"),
    }),
  ])

describe("revoking the accord of a pilot proposal", () => {
  it("given a pilot in progress, when the DVO revokes the pilot's accord, then the pilot stops", () => {
    const accorded = followRoute(registered(), pilotAccorded())
    const start = Practice.practiceDecider.decide(
      new Practice.StartPilot({ practiceId }),
      Kernel.fold(Practice.practiceDecider, accorded),
      ctx(persons.trekker),
    )
    if (start._tag === "Left") throw new Error(start.left.message)
    const events = followLast([...accorded, ...start.right.events], revokePilot())
    const stopped = events.at(-1)
    assert.strictEqual(stopped?._tag, "PracticeStopped")
    assert.strictEqual(stopped?._tag === "PracticeStopped" ? stopped.revokedDecision : undefined, "besluit-dvo-1")
    const state = Kernel.fold(Practice.practiceDecider, events)
    assert.isTrue(state.exists && state.status === "gestopt")
  })

  it("given a pilot already evaluated, when the pilot's accord is revoked, then the tried practice stays as it is", () => {
    const accorded = followRoute(registered(), pilotAccorded())
    const steps: ReadonlyArray<readonly [Governance.PersonId, Practice.PracticeCommand]> = [
      [persons.trekker, new Practice.StartPilot({ practiceId })],
      [
        persons.lid,
        new Practice.RecordEvaluation({
          practiceId,
          evaluation: {
            evaluationId: "ev-pilot",
            kind: "pilot",
            method: "voor- en nameting",
            findings: "Werkt.",
            measuredEffects: [],
            evidenceLevel: "goed-beschreven",
            evaluatedOn: Kernel.calendarDate("2016-06-01"),
            evaluatedBy: "RIEC",
          },
        }),
      ],
    ]
    const events = [...accorded]
    for (const [actor, command] of steps) {
      const r = Practice.practiceDecider.decide(command, Kernel.fold(Practice.practiceDecider, events), ctx(actor))
      if (r._tag === "Left") throw new Error(r.left.message)
      events.push(...r.right.events)
    }
    const after = followLast(events, revokePilot())
    assert.strictEqual(after.length, events.length)
  })
})
