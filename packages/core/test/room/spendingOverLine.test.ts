import { assert, describe, it } from "@effect/vitest"
import { Governance, Health } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { presetWith, reasonsOf } from "../support/forceFixtures.js"
import { executionCtx, spend } from "../support/healthFixtures.js"

// A programme office records what was spent and reports the overrun of a line (€ 25.000 budgeted).
const code = "spending.exceeds-line"
const reason = "De projectleider werkte drie maanden langer."
const office = Governance.PersonId.make("secretaris-stuurgroep")
const spent = () => {
  const result = Health.spendingDecider.decide(spend(2_000_000), Health.spendingDecider.initialState, {
    ...executionCtx(office),
  })
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right.events
}
const over = (withReason: boolean) => {
  const command = spend(600_000)
  return withReason ? new Health.ReportSpending({ ...command, reason }) : command
}
const under = (force?: Governance.RuleForce): Health.ExecutionContext => {
  const context = executionCtx(office)
  return force === undefined ? context : { ...context, model: presetWith(code, force, context.model) }
}

describe(`${code}: spending above a budget line`, () => {
  it("the preset signals it", () => {
    assert.strictEqual(under().model.forces?.[code], "signaleren")
  })

  it("weigeren: refused, with the shortfall", () => {
    const refusal = given(Health.spendingDecider, spent()).when(over(true), under("weigeren")).refused(code)
    assert.deepInclude(refusal.violations[0]?.facts, { shortfall: 100_000 })
  })

  it("signaleren: the spending is recorded, and the overrun signalled with the reason", () => {
    const decided = given(Health.spendingDecider, spent()).when(over(true), under())
    decided.thenEvents((events, state) => {
      assert.strictEqual(events.length, 1)
      assert.strictEqual(state.get("projectleiding/politie-oost-nederland/2016"), 2_600_000)
    })
    const decision = decided.signalled(code)
    assert.deepStrictEqual(reasonsOf(decision), [reason])
    assert.deepInclude(decision.signals[0]?.facts, { budgeted: 2_500_000, shortfall: 100_000 })
  })

  it("signaleren without a reason: refused by signal.reason-required", () => {
    given(Health.spendingDecider, spent()).when(over(false), under()).refused("signal.reason-required")
  })

  it("uit: recorded without a signal", () => {
    given(Health.spendingDecider, spent()).when(over(false), under("uit")).signalled()
  })
})
