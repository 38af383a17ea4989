import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, type Schema } from "effect"
import { Governance, type Kernel, Programme, Route } from "@weerbaar/core"
import { ledgerAt, play, scenario, withAvailableBudget } from "../support/routeScenario.js"

type Outcome = Either.Either<Kernel.Decision<Route.RouteEvent>, Kernel.Refused>

const everyRuleRefuses: Governance.RuleForces = Object.fromEntries(
  Governance.ruleBook.map((rule) => [rule.code, "weigeren" as const]),
)

// The budget ledger's envelope: a rule the plan lets a model signal ("spending above a line is
// reported, not stopped"), and one a policy's reaction applies, so the signal crosses aggregates.
const envelope = "budget.exceeds-available"

// Scenarios with less available than they ask, so that accords beyond the envelope are common.
const tight = scenario.map((s) => ({ ...s, available: Math.floor(s.available / 10) }))

const plain = (outcome: Outcome) =>
  Either.match(outcome, {
    onLeft: (refused) => ({ refused: refused.violations.map((v) => [v.code, v.facts]) }),
    onRight: (decision) => ({ events: decision.events, signals: decision.signals.map((s) => s.code) }),
  })

describe("rule forces over random command sequences on the approval route", () => {
  it("a model with every force set to weigeren decides exactly as the preset, which never signals", () => {
    const decoded = Governance.decodeGovernanceModel({
      ...Governance.encodeGovernanceModel(Governance.samenWeerbaar()),
      forces: everyRuleRefuses,
    } satisfies Schema.Schema.Encoded<typeof Governance.GovernanceModel>)
    assert.isTrue(Either.isRight(decoded), "the model with every force explicit is valid")
    let refusals = 0
    fc.assert(
      fc.property(scenario, (s) => {
        const preset: Array<ReturnType<typeof plain>> = []
        const explicit: Array<ReturnType<typeof plain>> = []
        const first = play(s, (_c, _a, result) => preset.push(plain(result)))
        const second = play(s, (_c, _a, result) => explicit.push(plain(result)), everyRuleRefuses)
        refusals += preset.filter((o) => "refused" in o).length
        // No signal, so the runtime stores nothing beyond the events (see signalWrite.test.ts).
        assert.deepStrictEqual(
          preset.flatMap((o) => ("signals" in o ? o.signals : [])),
          [],
        )
        assert.deepStrictEqual(explicit, preset)
        assert.deepStrictEqual(second, first)
      }),
      { numRuns: 200 },
    )
    assert.isAbove(refusals, 100, "the scenarios meet refusals")
  })

  for (const force of ["signaleren", "uit"] as const) {
    it(`with ${envelope} at ${force}, a command refused only by it is decided, ${force === "signaleren" ? "with exactly its signal" : "without a signal"}; every other outcome is the preset's`, () => {
      let lifted = 0
      fc.assert(
        fc.property(tight, (s) => {
          play(
            s,
            (command, actor, result, { events, budget, now }) => {
              // The same command on the same item and ledger, decided under the preset.
              const state = events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
              const preset = Programme.decideWithPolicies(
                Route.routeDecider,
                [Route.budgetPolicy],
                command,
                state,
                { actor, model: withAvailableBudget(s.available), now },
                ledgerAt(budget.committed),
              )
              if (Either.isLeft(preset) && preset.left.codes.every((code) => code === envelope)) {
                lifted++
                if (Either.isLeft(result)) return assert.fail(result.left.explain("en"))
                assert.deepStrictEqual(result.right.signals, force === "signaleren" ? preset.left.violations : [])
                assert.isTrue(result.right.events.some((e) => e._tag === "DecisionRecorded" && e.final))
                return
              }
              assert.deepStrictEqual(
                plain(result),
                plain(Either.map(preset, (d) => ({ events: d.events, signals: d.signals }))),
              )
            },
            { [envelope]: force },
          )
        }),
        { numRuns: 300 },
      )
      assert.isAbove(lifted, 10, "the scenarios meet accords beyond the envelope")
    })
  }

  it(`allowedActions answers an accord beyond the envelope at signaleren as allowed, with the signal decide gives`, () => {
    let signalled = 0
    fc.assert(
      fc.property(tight, (s) => {
        play(
          s,
          (command, actor, result, { events, budget, now, model }) => {
            if (command._tag !== "RecordDecision") return
            const state = events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
            const ctx = { actor, model, now }
            const action = Route.allowedActions(state, ctx, (probe) =>
              Programme.reactionViolations(
                [Route.budgetPolicy],
                Route.routeDecider,
                probe,
                state,
                Route.routeEventsOf(probe, state, ctx),
                ctx,
                ledgerAt(budget.committed),
              ),
            ).find((a) => a.action === "decide" && a.body === command.body && a.outcome === command.outcome)
            if (action === undefined) return
            assert.strictEqual(action.allowed, Either.isRight(result))
            if (Either.isRight(result)) {
              assert.deepStrictEqual(
                action.signals.map((v) => v.code),
                result.right.signals.map((v) => v.code),
              )
              if (action.signals.length > 0) signalled++
            }
          },
          { [envelope]: "signaleren" },
        )
      }),
      { numRuns: 300 },
    )
    assert.isAbove(signalled, 10, "the scenarios meet allowed actions with a signal")
  })
})
