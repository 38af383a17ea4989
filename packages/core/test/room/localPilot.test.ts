import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { presetWith, reasonsOf } from "../support/forceFixtures.js"
import { ctx, inPilot, model, persons, practiceId } from "../support/practiceFixtures.js"

// "De gemeente Rheden heeft daartoe het initiatief genomen": Ede starts a pilot the Stuurgroep did
// not designate (only Rheden is designated in `inPilot`).
const code = "track.not-a-pilot-municipality"
const reason = "Eigen initiatief op grond van het lokaal ondermijningsbeeld."
const ownPilot = (withReason: boolean) =>
  new Practice.MoveTrack({
    practiceId,
    municipality: Governance.OrganisationId.make("ede"),
    to: "pilot",
    on: Kernel.calendarDate("2016-06-01"),
    ...(withReason ? { reason } : {}),
  })
const under = (m: Governance.GovernanceModel): Practice.TrackContext => ({
  ...ctx(persons.ede, "2016-06-01", m),
  practice: Kernel.fold(Practice.practiceDecider, inPilot()),
})

describe(`${code}: a municipality's own pilot before the accord`, () => {
  it("the preset signals it as a local initiative", () => {
    assert.strictEqual(model.forces?.[code], "signaleren")
  })

  it("weigeren: refused, with or without a reason", () => {
    given(Practice.trackDecider)
      .when(ownPilot(true), under(presetWith(code, "weigeren")))
      .refused(code)
  })

  it("signaleren: the pilot is recorded, with a signal that carries the municipality's reason", () => {
    const decided = given(Practice.trackDecider).when(ownPilot(true), under(model))
    decided.thenEvents((_, state) => assert.strictEqual(state.phase, "pilot"))
    const decision = decided.signalled(code)
    assert.deepStrictEqual(reasonsOf(decision), [reason])
    assert.deepStrictEqual(decision.signals[0]?.facts, { practice: practiceId, municipality: "ede" })
  })

  it("signaleren without a reason: refused by signal.reason-required, naming the rule", () => {
    const refusal = given(Practice.trackDecider).when(ownPilot(false), under(model)).refused("signal.reason-required")
    assert.deepStrictEqual(refusal.violations[0]?.facts, { rule: code })
  })

  it("uit: the pilot is recorded without a signal, and asks no reason", () => {
    given(Practice.trackDecider)
      .when(ownPilot(false), under(presetWith(code, "uit")))
      .signalled()
  })

  it("a designated pilot municipality is not signalled", () => {
    given(Practice.trackDecider)
      .when(
        new Practice.MoveTrack({
          practiceId,
          municipality: Governance.OrganisationId.make("rheden"),
          to: "pilot",
          on: Kernel.calendarDate("2016-06-01"),
        }),
        { ...under(model), actor: persons.rheden },
      )
      .signalled()
  })
})
