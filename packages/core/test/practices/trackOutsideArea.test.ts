import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { given, meetingOf } from "@weerbaar/core/testing"
import {
  accordedPractice,
  ctx,
  designate,
  model,
  persons,
  practiceHistory,
  practiceId,
  register,
} from "../support/practiceFixtures.js"

const withPractice = (
  events: ReadonlyArray<Practice.PracticeEvent>,
  date: string,
  m: Governance.GovernanceModel = model,
): Practice.TrackContext => ({
  ...ctx(persons.trekker, date, m),
  practice: Kernel.fold(Practice.practiceDecider, events),
})

const move = (municipality: string, to: Practice.TrackPhase, on: string) =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    to,
    on: Kernel.calendarDate(on),
  })

/** A candidate piloted in Rheden and in Kampen, a reference municipality outside the district. */
const pilotInKampen = () =>
  practiceHistory(
    [persons.lid, register()],
    [persons.stuurgroep, designate()],
    [persons.stuurgroep, designate("kampen", "sg-2016-02-pilot-kampen")],
    [persons.trekker, new Practice.StartPilot({ practiceId })],
  )

describe("track.outside-area: a track only for a municipality of the programme's area on the act's date", () => {
  it("given an accorded measure, when the trekker moves Deventer's track (a VNON chair's municipality, not in Gelderland-Midden), then it is refused", () => {
    const refused = given(Practice.trackDecider)
      .when(move("deventer", "gepland", "2016-06-01"), withPractice(accordedPractice(), "2016-06-01"))
      .refused("track.outside-area")
    assert.include(refused.violations[0]?.explanation.nl, "deventer hoort op 2016-06-01 niet bij het gebied")
  })

  it("given Rijnwaarden in the district until 2017-12-31, when its track moves in 2017 it is accepted, and in 2018 it is refused, naming Zevenaar", () => {
    given(Practice.trackDecider)
      .when(move("rijnwaarden", "gepland", "2017-06-01"), withPractice(accordedPractice(), "2017-06-01"))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
    const refused = given(Practice.trackDecider)
      .when(move("rijnwaarden", "gepland", "2018-02-01"), withPractice(accordedPractice(), "2018-02-01"))
      .refused("track.outside-area")
    assert.deepInclude(refused.violations[0]?.facts, { municipality: "rijnwaarden", successor: "zevenaar" })
  })

  it("given a date in the act, the act's date counts, not the day it is recorded", () => {
    given(Practice.trackDecider)
      .when(move("rijnwaarden", "gepland", "2017-12-31"), withPractice(accordedPractice(), "2018-03-01"))
      .thenEvents(() => {})
  })

  it("given PlanTrack and NoteMaatwerk for Deventer, then both are refused on today's date", () => {
    given(Practice.trackDecider)
      .when(
        new Practice.PlanTrack({
          practiceId,
          municipality: Governance.OrganisationId.make("deventer"),
          phase: "in_uitvoering",
          plannedOn: Kernel.calendarDate("2016-09-01"),
        }),
        withPractice(accordedPractice(), "2016-06-01"),
      )
      .refused("track.outside-area")
    given(Practice.trackDecider)
      .when(
        new Practice.NoteMaatwerk({
          practiceId,
          municipality: Governance.OrganisationId.make("deventer"),
          note: "Deventer doet mee via VNON.",
        }),
        withPractice(accordedPractice(), "2016-06-01"),
      )
      .refused("track.outside-area")
  })

  it("given Kampen, a reference municipality designated for the pilot, when its pilot track starts, then it is accepted; Enschede, not designated, is refused", () => {
    given(Practice.trackDecider)
      .when(move("kampen", "pilot", "2016-06-01"), withPractice(pilotInKampen(), "2016-06-01"))
      .thenEvents((_, state) => assert.strictEqual(state.phase, "pilot"))
    given(Practice.trackDecider)
      .when(move("enschede", "pilot", "2016-06-01"), withPractice(pilotInKampen(), "2016-06-01"))
      .refused("track.outside-area", "signal.reason-required")
  })

  it("given a model that sets track.outside-area to signaleren, Deventer's track is stored with the signal", () => {
    const lenient = Governance.decodeGovernanceModel({
      ...Governance.encodeGovernanceModel(model),
      forces: { "track.outside-area": "signaleren" },
    })
    assert.isTrue(lenient._tag === "Right")
    if (lenient._tag !== "Right") return
    given(Practice.trackDecider)
      .when(move("deventer", "gepland", "2016-06-01"), withPractice(accordedPractice(), "2016-06-01", lenient.right))
      .signalled("track.outside-area")
  })
})

describe("an exemption outside the area", () => {
  it("given the DVO, when it exempts Deventer (not in the district) from an accorded measure, then it is refused with track.outside-area", () => {
    given(Practice.trackDecider)
      .when(
        new Practice.GrantExemption({
          practiceId,
          municipality: Governance.OrganisationId.make("deventer"),
          decisionId: Route.DecisionId.make("dvo-2016-06-deventer"),
          ...meetingOf(model, "dvo", "2016-06-01"),
          reason: "Deventer hoort niet bij het district.",
        }),
        { ...withPractice(accordedPractice(), "2016-06-01"), actor: persons.dvo },
      )
      .refused("track.outside-area")
  })
})

describe("pilot designation outside the area", () => {
  it("given the Stuurgroep, when it designates Kampen (reference) it is accepted, Deventer (neither area nor reference) is refused with track.outside-area", () => {
    given(Practice.practiceDecider, practiceHistory([persons.lid, register()]))
      .when(designate("kampen", "sg-kampen"), ctx(persons.stuurgroep, "2016-03-01"))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "PilotMunicipalityDesignated"))
    given(Practice.practiceDecider, practiceHistory([persons.lid, register()]))
      .when(designate("deventer", "sg-deventer"), ctx(persons.stuurgroep, "2016-03-01"))
      .refused("track.outside-area")
  })
})
