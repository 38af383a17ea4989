import { assert, describe, it } from "@effect/vitest"
import { Governance, Handover, Kernel, Route } from "@weerbaar/core"
import { given, meetingOf } from "@weerbaar/core/testing"
import { presetWith, reasonsOf } from "../support/forceFixtures.js"
import { model, now } from "../support/practiceFixtures.js"
import { submitted } from "../support/routeFixtures.js"

// The DVO decides to end the programme; open work is signalled to it, not a bar. Here no theme has
// handed anything over, and one policy proposal is still on its route.
const themeCode = "programme.theme-not-handed-over"
const itemCode = "programme.item-on-route"
const reason = "De doorontwikkeling gaat over naar VNON; het lopende voorstel neemt VNON mee."
const end = (withReason: boolean) =>
  new Handover.EndProgramme({
    decisionId: Route.DecisionId.make("dvo-2017-einde"),
    ...meetingOf(Governance.samenWeerbaar(), "dvo", "2017-04-13", "Het programma is afgerond."),
    ...(withReason ? { reason } : {}),
  })
const onRoute = () => {
  const item = Kernel.fold(Route.routeDecider, submitted())
  if (!item.exists) throw new Error("the item exists")
  return item
}
const under = (m: Governance.GovernanceModel, items = [onRoute()]): Handover.ProgrammeEndContext => ({
  actor: Governance.PersonId.make("secretaris-dvo"),
  model: m,
  now: now("2017-04-20"),
  practices: [],
  items,
})
const themes = model.bodies.filter((b) => b.level === "beleid").length

describe(`${themeCode}: the programme ends while a theme handed nothing over`, () => {
  const only = (force: Governance.RuleForce) => presetWith(themeCode, force, presetWith(itemCode, "uit"))

  it("the preset signals it", () => {
    assert.strictEqual(model.forces?.[themeCode], "signaleren")
  })

  it("weigeren: refused, once per theme", () => {
    given(Handover.programmeEndDecider)
      .when(end(true), under(only("weigeren"), []))
      .refused(...Array.from({ length: themes }, () => themeCode))
  })

  it("signaleren: the programme ends, with a signal per theme that carries the DVO's reason", () => {
    const decided = given(Handover.programmeEndDecider).when(end(true), under(only("signaleren"), []))
    decided.thenEvents((events) => assert.strictEqual(events[0]?._tag, "ProgrammeEnded"))
    const decision = decided.signalled(...Array.from({ length: themes }, () => themeCode))
    assert.deepStrictEqual(
      reasonsOf(decision),
      Array.from({ length: themes }, () => reason),
    )
  })

  it("signaleren without a reason: refused by signal.reason-required", () => {
    given(Handover.programmeEndDecider)
      .when(end(false), under(only("signaleren"), []))
      .refused(...Array.from({ length: themes }, () => "signal.reason-required"))
  })

  it("uit: the programme ends without a signal", () => {
    given(Handover.programmeEndDecider)
      .when(end(false), under(only("uit"), []))
      .signalled()
  })
})

describe(`${itemCode}: the programme ends while an item is on its route`, () => {
  const only = (force: Governance.RuleForce) => presetWith(itemCode, force, presetWith(themeCode, "uit"))

  it("the preset signals it", () => {
    assert.strictEqual(model.forces?.[itemCode], "signaleren")
  })

  it("weigeren: refused", () => {
    given(Handover.programmeEndDecider)
      .when(end(true), under(only("weigeren")))
      .refused(itemCode)
  })

  it("signaleren: the programme ends, with the signal and the DVO's reason", () => {
    const decision = given(Handover.programmeEndDecider)
      .when(end(true), under(only("signaleren")))
      .signalled(itemCode)
    assert.deepStrictEqual(reasonsOf(decision), [reason])
  })

  it("signaleren without a reason: refused by signal.reason-required", () => {
    given(Handover.programmeEndDecider)
      .when(end(false), under(only("signaleren")))
      .refused("signal.reason-required")
  })

  it("uit: the programme ends without a signal", () => {
    given(Handover.programmeEndDecider)
      .when(end(false), under(only("uit")))
      .signalled()
  })

  it("the preset signals both kinds of open work together, with one reason", () => {
    const decision = given(Handover.programmeEndDecider)
      .when(end(true), under(model))
      .signalled(itemCode, ...Array.from({ length: themes }, () => themeCode))
    assert.isTrue(reasonsOf(decision).every((r) => r === reason))
  })
})
