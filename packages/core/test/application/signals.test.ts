import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { Governance, Programme, Route, Store } from "@weerbaar/core"
import {
  at,
  decide,
  draftHennep,
  programmeOn,
  scenarioItemId,
  scenarioPersons,
} from "../../src/testing/programmeScenarioSetup.js"

// 25.000 euro asked, 10.000 available: the accord is beyond the budget ledger's envelope.
const modelWith = (forces?: Governance.RuleForces): Governance.GovernanceModel => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  json.programme.availableBudget = 1_000_000
  return Either.getOrThrow(Governance.decodeGovernanceModel(forces === undefined ? json : { ...json, forces }))
}

const accordBeyondTheEnvelope = (model: Governance.GovernanceModel) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    yield* decidedRuleBook(model)
    yield* programme.route(scenarioPersons.drafter, draftHennep)
    yield* programme.route(scenarioPersons.trekker, new Route.SubmitItem({ itemId: scenarioItemId }))
    yield* at("2016-04-07")
    yield* programme.route(
      scenarioPersons.stuurgroepSecretaris,
      decide("stuurgroep", "approve", "besluit-sg", "2016-04-07"),
    )
    yield* at("2016-05-12")
    const actions = yield* programme.allowedActions(scenarioPersons.dvoSecretaris, scenarioItemId)
    const accord = actions.find((a) => a.action === "decide" && a.outcome === "accord")
    const executed = yield* Effect.either(
      programme.route(scenarioPersons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo", "2016-05-12")),
    )
    return { accord, executed }
  }).pipe(Effect.provide(programmeOn(Store.InMemoryEventStore.withReadModels(Route.routeReadModels))))

describe("signals through the Programme service", () => {
  it.effect("under the preset's force the accord beyond the envelope is refused, and not allowed", () =>
    Effect.gen(function* () {
      const { accord, executed } = yield* accordBeyondTheEnvelope(modelWith())
      assert.isFalse(accord?.allowed)
      assert.deepStrictEqual(
        accord?.reasons.map((r) => r.code),
        ["budget.exceeds-available"],
      )
      if (Either.isRight(executed)) return assert.fail("accorded beyond the envelope")
      assert.strictEqual(executed.left._tag, "Refused")
    }),
  )

  it.effect("at signaleren the accord is stored with its ledger commitment and its signal, and carries it out", () =>
    Effect.gen(function* () {
      const { accord, executed } = yield* accordBeyondTheEnvelope(
        modelWith({ "budget.exceeds-available": "signaleren" }),
      )
      assert.isTrue(accord?.allowed)
      assert.deepStrictEqual(
        accord?.signals.map((r) => r.code),
        ["budget.exceeds-available"],
      )
      if (Either.isLeft(executed)) return assert.fail(String(executed.left))
      assert.deepStrictEqual(
        executed.right.signals.map((s) => s.code),
        ["budget.exceeds-available"],
      )
      assert.deepStrictEqual(
        executed.right.events.map((e) => e.type),
        ["DecisionRecorded", "BudgetCommitted", "RuleSignalled"],
      )
    }),
  )

  it.effect("at uit the accord is stored without a signal", () =>
    Effect.gen(function* () {
      const { accord, executed } = yield* accordBeyondTheEnvelope(modelWith({ "budget.exceeds-available": "uit" }))
      assert.isTrue(accord?.allowed)
      assert.deepStrictEqual(accord?.signals, [])
      if (Either.isLeft(executed)) return assert.fail(String(executed.left))
      assert.deepStrictEqual(executed.right.signals, [])
    }),
  )
})
