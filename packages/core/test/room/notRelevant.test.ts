import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { given, meetingOf } from "@weerbaar/core/testing"
import { presetWith, reasonsOf } from "../support/forceFixtures.js"
import { accordedPractice, ctx, model, persons, practiceId } from "../support/practiceFixtures.js"

// "indien relevant": a municipality sets an accorded measure aside with its reason, signalled to the
// DVO (comply or explain); the DVO may still exempt it, and then nothing is signalled.
const code = "track.exemption-required"
const reason = "Hennepteelt komt in Rozendaal niet voor."
const notRelevant = (withReason: boolean) =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make("rozendaal"),
    to: "niet_relevant",
    on: Kernel.calendarDate("2016-06-01"),
    ...(withReason ? { reason } : {}),
  })
const under = (m: Governance.GovernanceModel, actor = persons.trekker): Practice.TrackContext => ({
  ...ctx(actor, "2016-06-01", m),
  practice: Kernel.fold(Practice.practiceDecider, accordedPractice()),
})
const exempted = () => {
  const result = Practice.trackDecider.decide(
    new Practice.GrantExemption({
      practiceId,
      municipality: Governance.OrganisationId.make("rozendaal"),
      decisionId: Route.DecisionId.make("dvo-2016-06-rozendaal"),
      ...meetingOf(model, "dvo", "2016-06-01"),
      reason,
    }),
    Practice.trackDecider.initialState,
    under(model, persons.dvo),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right.events
}

describe(`${code}: an accorded measure set aside as niet_relevant`, () => {
  it("the preset signals it to the DVO", () => {
    assert.strictEqual(model.forces?.[code], "signaleren")
  })

  it("weigeren: refused without the DVO's exemption, even with a reason", () => {
    given(Practice.trackDecider)
      .when(notRelevant(true), under(presetWith(code, "weigeren")))
      .refused(code)
  })

  it("signaleren: recorded with its reason, and the signal carries the reason", () => {
    const decided = given(Practice.trackDecider).when(notRelevant(true), under(model))
    decided.thenEvents((_, state) => {
      assert.strictEqual(state.phase, "niet_relevant")
      assert.strictEqual(state.reason, reason)
    })
    assert.deepStrictEqual(reasonsOf(decided.signalled(code)), [reason])
  })

  it("signaleren without a reason: refused by the track's own rule and by signal.reason-required", () => {
    given(Practice.trackDecider)
      .when(notRelevant(false), under(model))
      .refused("track.reason-required", "signal.reason-required")
  })

  it("uit: recorded without a signal; the track still asks its reason", () => {
    given(Practice.trackDecider)
      .when(notRelevant(true), under(presetWith(code, "uit")))
      .signalled()
    given(Practice.trackDecider)
      .when(notRelevant(false), under(presetWith(code, "uit")))
      .refused("track.reason-required")
  })

  it("with the DVO's exemption nothing is signalled, at every force", () => {
    for (const force of ["weigeren", "signaleren", "uit"] as const) {
      given(Practice.trackDecider, exempted())
        .when(notRelevant(true), under(presetWith(code, force)))
        .signalled()
    }
  })
})
