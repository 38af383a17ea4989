import { meetingOf } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { accordedPractice, ctx, inPilot, model, practiceId } from "../support/practiceFixtures.js"

const municipalities = ["rheden", "ede", "arnhem", "om-oost-nederland"]
const actors = [
  Governance.PersonId.make("burgemeester-rheden"),
  Governance.PersonId.make("burgemeester-ede"),
  Governance.PersonId.make("lid-eg-oc-rheden"),
  Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  Governance.PersonId.make("secretaris-dvo"),
  ...model.persons.map((p) => p.id),
]
const practices = [inPilot(), accordedPractice()]

const scenario = fc.record({
  practice: fc.nat(),
  municipality: fc.nat(),
  steps: fc.array(
    fc.record({
      to: fc.constantFrom(...Practice.TrackPhase.literals),
      actor: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.nat() }),
      exempt: fc.boolean(),
      reason: fc.boolean(),
    }),
    { minLength: 1, maxLength: 25 },
  ),
})

describe("properties of tracks over random moves by random actors", () => {
  it("a track only ever moves along the allowed edges, from the phase it stood in", () => {
    let moves = 0
    let refusedEdges = 0
    fc.assert(
      fc.property(scenario, (s) => {
        const practice = Kernel.fold(Practice.practiceDecider, practices[s.practice % practices.length]!)
        const municipality = Governance.OrganisationId.make(municipalities[s.municipality % municipalities.length]!)
        const events: Array<Practice.TrackEvent> = []
        s.steps.forEach((step, n) => {
          const date = Kernel.calendarDate(new Date(Date.UTC(2016, 5, 1 + n)).toISOString().slice(0, 10))
          const context = { ...ctx(Governance.PersonId.make("x"), date), practice }
          const actor =
            step.actor === 0
              ? Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit")
              : actors[step.actor % actors.length]!
          if (step.exempt) {
            const granted = Practice.trackDecider.decide(
              new Practice.GrantExemption({
                practiceId,
                municipality,
                decisionId: Route.DecisionId.make(`dvo-${n}`),
                ...meetingOf(model, "dvo", date),
                reason: "Niet van toepassing.",
              }),
              Kernel.fold(Practice.trackDecider, events),
              { ...context, actor: Governance.PersonId.make("secretaris-dvo") },
            )
            if (Either.isRight(granted)) events.push(...granted.right.events)
          }
          const before = Kernel.fold(Practice.trackDecider, events)
          const result = Practice.trackDecider.decide(
            new Practice.MoveTrack({
              practiceId,
              municipality,
              to: step.to,
              on: date,
              ...(step.reason ? { reason: "Maatwerk." } : {}),
            }),
            before,
            { ...context, actor },
          )
          if (Either.isLeft(result)) {
            if (result.left.codes.includes("track.move-not-allowed")) refusedEdges++
            return
          }
          for (const event of result.right.events) {
            if (event._tag !== "TrackMoved") continue
            moves++
            assert.strictEqual(event.from, before.phase)
            assert.isTrue(
              Practice.isAllowedMove(event.from as Practice.TrackOrigin, event.to),
              `${event.from} → ${event.to}`,
            )
          }
          events.push(...result.right.events)
        })
      }),
      { numRuns: 400 },
    )
    // Not vacuous: many moves happened and many were refused for their edge.
    assert.isAbove(moves, 150)
    assert.isAbove(refusedEdges, 100)
  })
})
