import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { hennepconvenant, registerHennepconvenant } from "../support/networkAgreementFixtures.js"
import { ctx, model, persons } from "../support/practiceFixtures.js"

const noted = () => {
  const result = Practice.practiceDecider.decide(
    registerHennepconvenant(),
    Practice.practiceDecider.initialState,
    ctx(persons.dvo, "2016-02-15"),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return [...result.right.events]
}

const trackContext = (actor: Governance.PersonId, date = "2016-03-01"): Practice.TrackContext => ({
  ...ctx(actor, date),
  practice: Kernel.fold(Practice.practiceDecider, noted()),
})

describe("a network agreement", () => {
  it("given nothing, when the DVO takes note of the hennepconvenant, then it is a network measure `vastgesteld_netwerk`", () => {
    given(Practice.practiceDecider, [])
      .when(registerHennepconvenant(), ctx(persons.dvo, "2016-02-15"))
      .thenEvents((events, state) => {
        assert.deepStrictEqual(
          events.map((e) => e._tag),
          ["NetworkAgreementRegistered"],
        )
        assert.isTrue(state.exists)
        if (!state.exists) return
        assert.strictEqual(state.status, "vastgesteld_netwerk")
        assert.strictEqual(state.network?.agreement.agreedBy, "RVO Oost-Nederland")
        assert.strictEqual(state.network?.noted.meetingDate, "2016-02-11")
        assert.isUndefined(state.accord)
      })
  })

  it("given nothing, when an expert group member records it, then it is refused: only the DVO takes note", () => {
    given(Practice.practiceDecider, [])
      .when(registerHennepconvenant(), ctx(persons.lid, "2016-02-15"))
      .refused("authority.may-not-act-for-body")
  })

  it("given the agreement, when it is registered again, then it is refused", () => {
    given(Practice.practiceDecider, noted())
      .when(registerHennepconvenant(), ctx(persons.dvo, "2016-02-15"))
      .refused("practice.already-exists")
  })

  it("given a theme the model does not know, then it is refused naming the model's themes", () => {
    given(Practice.practiceDecider, [])
      .when(registerHennepconvenant("2016-02-11", "2016-01-28", "hennep"), ctx(persons.dvo, "2016-02-15"))
      .refused("practice.unknown-theme")
  })

  it("given the agreement, when Ede and Rheden execute it, then their tracks move without any accord of the programme", () => {
    for (const [actor, municipality] of [
      [persons.ede, "ede"],
      [persons.rheden, "rheden"],
    ] as const) {
      given(Practice.trackDecider, [])
        .when(
          new Practice.MoveTrack({
            practiceId: hennepconvenant,
            municipality: Governance.OrganisationId.make(municipality),
            to: "gepland",
            on: Kernel.calendarDate("2016-03-01"),
          }),
          trackContext(actor),
        )
        .thenEvents((_events, state) => assert.strictEqual(state.phase, "gepland"))
    }
  })

  it("given the agreement, when a track moves before the RVO agreed, then it is refused as before the accord", () => {
    given(Practice.trackDecider, [])
      .when(
        new Practice.MoveTrack({
          practiceId: hennepconvenant,
          municipality: Governance.OrganisationId.make("ede"),
          to: "gepland",
          on: Kernel.calendarDate("2016-01-10"),
        }),
        trackContext(persons.ede),
      )
      .refused("track.before-accord")
  })

  it("counts in the phase picture beside the programme's own measures, and once more on its own", () => {
    const picture = Practice.phasePicture(
      [
        {
          practiceId: "na-hennepconvenant",
          theme: "ondermijnende-criminaliteit",
          status: "vastgesteld_netwerk",
          network: true,
        },
        { practiceId: "bp-bibob", theme: "weerbare-overheid", status: "in_uitvoering" },
      ],
      [
        { practiceId: "na-hennepconvenant", theme: "ondermijnende-criminaliteit", phase: "in_uitvoering" },
        { practiceId: "bp-bibob", theme: "weerbare-overheid", phase: "gepland" },
      ],
      model.themes.map((t) => t.id),
    )
    assert.strictEqual(picture.overall.tracks.in_uitvoering, 1)
    assert.strictEqual(picture.overall.tracks.gepland, 1)
    assert.strictEqual(picture.network.practices.vastgesteld_netwerk, 1)
    assert.strictEqual(picture.network.tracks.in_uitvoering, 1)
    assert.strictEqual(picture.network.tracks.gepland, 0)
  })
})
