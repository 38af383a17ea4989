import { assert, describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, draft, history, itemId, model, persons } from "../../support/routeFixtures.js"

// A policy proposal without a budget, submitted: `budget.required` is its one failing rule.
const unbudgeted = () => history([persons.drafter, draft("beleidsvoorstel", 0)])
const submit = new Route.SubmitItem({ itemId })
const under = (force: "weigeren" | "signaleren" | "uit") =>
  ctx(persons.trekker, { model: { ...model, forces: { "budget.required": force } } })

describe("a rule at each force", () => {
  it("weigeren (the preset's, named or not): the command is refused", () => {
    given(Route.routeDecider, unbudgeted()).when(submit, ctx(persons.trekker)).refused("budget.required")
    given(Route.routeDecider, unbudgeted()).when(submit, under("weigeren")).refused("budget.required")
  })

  it("signaleren: the command is decided, with a signal of exactly that rule and its facts", () => {
    const decided = given(Route.routeDecider, unbudgeted()).when(submit, under("signaleren"))
    decided.thenEvents((events, state) => {
      assert.deepStrictEqual(
        events.map((e) => e._tag),
        ["ItemSubmitted"],
      )
      assert.strictEqual(state.exists && state.status, "submitted")
    })
    const decision = decided.signalled("budget.required")
    assert.deepStrictEqual(decision.signals[0]?.facts, { item: itemId, kind: "beleidsvoorstel" })
  })

  it("uit: the command is decided without a signal", () => {
    const decided = given(Route.routeDecider, unbudgeted()).when(submit, under("uit"))
    decided.thenEvents((events) =>
      assert.deepStrictEqual(
        events.map((e) => e._tag),
        ["ItemSubmitted"],
      ),
    )
    decided.signalled()
  })

  it("a signalled rule does not lift the others: a refusing rule still refuses, with only the refusing ones", () => {
    given(Route.routeDecider, unbudgeted())
      .when(submit, { ...under("signaleren"), actor: persons.drafter })
      .refused("authority.may-not-act-for-body")
  })

  it("an invariant refuses even under a model built in code that sets it to uit", () => {
    given(Route.routeDecider, unbudgeted())
      .when(submit, {
        ...ctx(persons.drafter),
        model: { ...model, forces: { "budget.required": "uit", "authority.may-not-act-for-body": "uit" } },
      })
      .refused("authority.may-not-act-for-body")
  })
})
