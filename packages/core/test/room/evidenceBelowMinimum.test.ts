import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { presetWith } from "../support/forceFixtures.js"
import { accordedPractice, ctx, document, evaluate, model, persons, practiceId } from "../support/practiceFixtures.js"
import { history } from "../support/routeFixtures.js"

// The handover is "als concept": a practice in execution, documented, evaluated below the
// configured minimum evidence level (goed-onderbouwd) is handed over with a signal.
const code = "handover.evidence-below-minimum"
const reason = "Als concept overgedragen; de effectmeting volgt bij VNON."
const overdracht = Route.ItemId.make("overdracht-1")
const draft = () =>
  history([
    persons.stuurgroep,
    new Route.DraftItem({
      itemId: overdracht,
      kind: "overdracht",
      draftingBody: Governance.BodyId.make("stuurgroep"),
      content: { title: "Overdracht", description: "", budget: [], practices: [practiceId] },
    }),
  ])
const practice = () => {
  const events = [...accordedPractice()]
  for (const [actor, command] of [
    [persons.lid, document()],
    [persons.trekker, new Practice.StartExecution({ practiceId })],
    [persons.lid, evaluate("uitvoering", "goed-beschreven", undefined, "2016-06-01")],
  ] as const) {
    const result = Practice.practiceDecider.decide(command, Kernel.fold(Practice.practiceDecider, events), ctx(actor))
    if (result._tag === "Left") throw new Error(result.left.message)
    events.push(...result.right.events)
  }
  return events
}
const submit = (m: Governance.GovernanceModel, withReason: boolean) =>
  Programme.decideWithPolicies(
    Route.routeDecider,
    [Practice.practicePolicy],
    new Route.SubmitItem({ itemId: overdracht, ...(withReason ? { reason } : {}) }),
    Kernel.fold(Route.routeDecider, draft()),
    ctx(persons.stuurgroep, "2016-06-01", m),
    new Map([[Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, practice())]]),
  )

describe(`${code}: a handover below the configured minimum evidence level`, () => {
  it("the preset signals it", () => {
    assert.strictEqual(model.forces?.[code], "signaleren")
  })

  it("weigeren: refused", () => {
    const decided = submit(presetWith(code, "weigeren"), true)
    assert.deepStrictEqual(Either.isLeft(decided) ? decided.left.codes : [], [code])
  })

  it("signaleren: submitted, with a signal that carries the Stuurgroep's reason", () => {
    const decided = Either.getOrThrow(submit(model, true))
    assert.deepStrictEqual(
      decided.events.map((e) => e._tag),
      ["ItemSubmitted"],
    )
    assert.deepStrictEqual(
      decided.signals.map((s) => [s.code, s.reason]),
      [[code, reason]],
    )
  })

  it("signaleren without a reason: refused by signal.reason-required", () => {
    const decided = submit(model, false)
    assert.deepStrictEqual(Either.isLeft(decided) ? decided.left.codes : [], ["signal.reason-required"])
  })

  it("allowedActions answers the submission as allowed, with the signal that asks the reason first", () => {
    const state = Kernel.fold(Route.routeDecider, draft())
    const practices = new Map([
      [Practice.practiceStreamId(practiceId), Kernel.fold(Practice.practiceDecider, practice())],
    ])
    const submitAction = Route.allowedActions(state, ctx(persons.stuurgroep), undefined, (probe) =>
      Practice.practicePolicy.check(probe, state, practices, ctx(persons.stuurgroep)),
    ).find((a) => a.action === "submit")
    assert.isTrue(submitAction?.allowed)
    assert.deepStrictEqual(
      submitAction?.signals.map((v) => [v.code, v.asksReason]),
      [[code, true]],
    )
  })

  it("uit: submitted without a signal", () => {
    assert.deepStrictEqual(Either.getOrThrow(submit(presetWith(code, "uit"), false)).signals, [])
  })
})
