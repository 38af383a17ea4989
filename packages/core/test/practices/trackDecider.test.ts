import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { given, meetingOf } from "@weerbaar/core/testing"
import {
  accordedPractice,
  ctx,
  inPilot,
  model,
  persons,
  practiceId,
  type registered,
  refusingModel,
} from "../support/practiceFixtures.js"

const withPractice = (
  events: ReturnType<typeof registered>,
  actor: Governance.PersonId,
  date = "2016-06-01",
  model?: Governance.GovernanceModel,
): Practice.TrackContext => ({
  ...ctx(actor, date, model),
  practice: Kernel.fold(Practice.practiceDecider, events),
})

const move = (to: Practice.TrackPhase, municipality = "rheden", extra: { reason?: string; on?: string } = {}) =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    to,
    on: Kernel.calendarDate(extra.on ?? "2016-06-01"),
    ...(extra.reason === undefined ? {} : { reason: extra.reason }),
  })

const exemption = (municipality = "renkum") =>
  new Practice.GrantExemption({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    decisionId: Route.DecisionId.make("dvo-2016-06-vrijstelling"),
    ...meetingOf(model, "dvo", "2016-06-01"),
    reason: "Geen hennepteelt van betekenis in de gemeente.",
  })

const moved = (
  from: ReadonlyArray<Practice.TrackEvent>,
  command: Practice.MoveTrack | Practice.GrantExemption,
  context: Practice.TrackContext,
) => {
  const result = Practice.trackDecider.decide(command, Kernel.fold(Practice.trackDecider, from), context)
  if (result._tag === "Left") throw new Error(result.left.message)
  return [...from, ...result.right.events]
}

describe("tracks per municipality before the accord", () => {
  it("a designated pilot municipality starts a pilot, moved by a person acting for it", () => {
    given(Practice.trackDecider)
      .when(move("pilot"), withPractice(inPilot(), persons.rheden))
      .thenEvents((events, state) => {
        assert.strictEqual(state.phase, "pilot")
        assert.strictEqual(events[0]?._tag === "TrackMoved" ? events[0].from : undefined, "geen")
      })
  })

  it("track.not-a-pilot-municipality: at weigeren, a pilot before the accord only where the Stuurgroep designated it", () => {
    given(Practice.trackDecider)
      .when(move("pilot", "ede"), withPractice(inPilot(), persons.ede, "2016-06-01", refusingModel))
      .refused("track.not-a-pilot-municipality")
  })

  it("track.not-accorded: before the accord a measure knows only pilots", () => {
    given(Practice.trackDecider)
      .when(move("gepland"), withPractice(inPilot(), persons.rheden))
      .refused("track.not-accorded")
  })

  it("track.may-not-act-for-municipality: the burgemeester of Ede does not move Rheden's track", () => {
    given(Practice.trackDecider)
      .when(move("pilot"), withPractice(inPilot(), persons.ede))
      .refused("track.may-not-act-for-municipality")
  })

  it("the expert group's trekker moves any municipality's track; its member from Rheden moves Rheden's", () => {
    given(Practice.trackDecider)
      .when(move("pilot"), withPractice(inPilot(), persons.trekker))
      .thenEvents(() => {})
    given(Practice.trackDecider)
      .when(move("pilot"), withPractice(inPilot(), persons.lid))
      .thenEvents(() => {})
  })

  it("practice.not-found and track.not-a-municipality: a track is of a catalogued practice in a gemeente", () => {
    given(Practice.trackDecider)
      .when(move("pilot"), { ...ctx(persons.rheden), practice: { exists: false } })
      .refused("practice.not-found")
    given(Practice.trackDecider)
      .when(move("pilot", "om-oost-nederland"), withPractice(inPilot(), persons.trekker, "2016-06-01", refusingModel))
      .refused("track.not-a-municipality", "track.not-a-pilot-municipality")
  })
})

describe("tracks of an accorded measure", () => {
  const accorded = () => accordedPractice()

  it("a municipality plans, executes and embeds the measure at its own tempo, with maatwerk", () => {
    const context = withPractice(accorded(), persons.ede)
    const events = moved(moved([], move("gepland", "ede"), context), move("in_uitvoering", "ede"), context)
    given(Practice.trackDecider, events)
      .when(
        new Practice.NoteMaatwerk({
          practiceId,
          municipality: Governance.OrganisationId.make("ede"),
          note: "Start in het buitengebied.",
        }),
        context,
      )
      .thenEvents((_, state) => {
        assert.strictEqual(state.phase, "in_uitvoering")
        assert.deepStrictEqual(state.maatwerk, ["Start in het buitengebied."])
      })
    given(Practice.trackDecider, events)
      .when(
        new Practice.PlanTrack({
          practiceId,
          municipality: Governance.OrganisationId.make("ede"),
          phase: "geborgd",
          plannedOn: Kernel.calendarDate("2017-06-01"),
        }),
        context,
      )
      .thenEvents((_, state) => assert.strictEqual(state.planned.geborgd, "2017-06-01"))
  })

  it("track.move-not-allowed: a track moves only along the allowed edges", () => {
    given(Practice.trackDecider)
      .when(move("geborgd", "ede"), withPractice(accorded(), persons.ede))
      .refused("track.move-not-allowed")
  })

  it("track.reason-required and track.exemption-required: at weigeren, an accorded measure is left undone only with a reason and the DVO's exemption", () => {
    given(Practice.trackDecider)
      .when(move("niet_relevant", "renkum"), withPractice(accorded(), persons.trekker, "2016-06-01", refusingModel))
      .refused("track.reason-required", "track.exemption-required")
  })

  it("with the DVO's exemption and a reason, the measure is not relevant for the municipality", () => {
    const exempted = moved([], exemption(), withPractice(accorded(), persons.dvo))
    given(Practice.trackDecider, exempted)
      .when(
        move("niet_relevant", "renkum", { reason: "Vrijgesteld door het DVO." }),
        withPractice(accorded(), persons.trekker),
      )
      .thenEvents((_, state) => {
        assert.strictEqual(state.phase, "niet_relevant")
        assert.strictEqual(state.exemption?.decisionId, "dvo-2016-06-vrijstelling")
      })
  })

  it("authority.may-not-act-for-body and track.exemption-exists: only the DVO exempts, once", () => {
    given(Practice.trackDecider)
      .when(exemption(), withPractice(accorded(), persons.stuurgroep))
      .refused("authority.may-not-act-for-body")
    const exempted = moved([], exemption(), withPractice(accorded(), persons.dvo))
    given(Practice.trackDecider, exempted)
      .when(exemption(), withPractice(accorded(), persons.dvo))
      .refused("track.exemption-exists")
  })

  it("track.exemption-before-accord: an exemption concerns an accorded measure", () => {
    given(Practice.trackDecider)
      .when(exemption(), withPractice(inPilot(), persons.dvo))
      .refused("track.exemption-before-accord")
  })

  it("track.date-in-future: a phase is recorded once reached", () => {
    given(Practice.trackDecider)
      .when(move("gepland", "ede", { on: "2016-07-01" }), withPractice(accorded(), persons.ede))
      .refused("track.date-in-future")
  })

  it("track.practice-closed: a stopped measure is not executed further", () => {
    const stopped = [
      ...inPilot(),
      ...Practice.practiceDecider
        .decide(
          new Practice.StopPractice({ practiceId, reason: "Geen effect." }),
          Kernel.fold(Practice.practiceDecider, inPilot()),
          ctx(persons.lid),
        )
        .pipe((r) => (r._tag === "Right" ? r.right.events : [])),
    ]
    given(Practice.trackDecider)
      .when(move("pilot"), withPractice(stopped, persons.rheden))
      .refused("track.practice-closed")
  })
})
