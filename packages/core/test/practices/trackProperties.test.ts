import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import {
  calendarDate,
  DecisionId,
  fold,
  GrantExemption,
  isAllowedMove,
  MoveTrack,
  OrganisationId,
  PersonId,
  practiceDecider,
  trackDecider,
  type TrackEvent,
  type TrackOrigin,
  TrackPhase,
} from "@weerbaar/core"
import { accordedPractice, ctx, inPilot, model, practiceId } from "../support/practiceFixtures.js"

const municipalities = ["rheden", "ede", "arnhem", "om-oost-nederland"]
const actors = [
  PersonId.make("burgemeester-rheden"),
  PersonId.make("burgemeester-ede"),
  PersonId.make("lid-eg-oc-rheden"),
  PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  PersonId.make("secretaris-dvo"),
  ...model.persons.map((p) => p.id),
]
const practices = [inPilot(), accordedPractice()]

const scenario = fc.record({
  practice: fc.nat(),
  municipality: fc.nat(),
  steps: fc.array(
    fc.record({
      to: fc.constantFrom(...TrackPhase.literals),
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
        const practice = fold(practiceDecider, practices[s.practice % practices.length]!)
        const municipality = OrganisationId.make(municipalities[s.municipality % municipalities.length]!)
        const events: Array<TrackEvent> = []
        s.steps.forEach((step, n) => {
          const date = calendarDate(new Date(Date.UTC(2016, 5, 1 + n)).toISOString().slice(0, 10))
          const context = { ...ctx(PersonId.make("x"), date), practice }
          const actor =
            step.actor === 0
              ? PersonId.make("trekker-eg-ondermijnende-criminaliteit")
              : actors[step.actor % actors.length]!
          if (step.exempt) {
            const granted = trackDecider.decide(
              new GrantExemption({
                practiceId,
                municipality,
                decisionId: DecisionId.make(`dvo-${n}`),
                meetingDate: date,
                reason: "Niet van toepassing.",
              }),
              fold(trackDecider, events),
              { ...context, actor: PersonId.make("secretaris-dvo") },
            )
            if (Either.isRight(granted)) events.push(...granted.right)
          }
          const before = fold(trackDecider, events)
          const result = trackDecider.decide(
            new MoveTrack({
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
          for (const event of result.right) {
            if (event._tag !== "TrackMoved") continue
            moves++
            assert.strictEqual(event.from, before.phase)
            assert.isTrue(isAllowedMove(event.from as TrackOrigin, event.to), `${event.from} → ${event.to}`)
          }
          events.push(...result.right)
        })
      }),
      { numRuns: 400 },
    )
    // Not vacuous: many moves happened and many were refused for their edge.
    assert.isAbove(moves, 150)
    assert.isAbove(refusedEdges, 100)
  })
})
