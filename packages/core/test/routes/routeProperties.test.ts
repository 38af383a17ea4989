import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { Programme, Route } from "@weerbaar/core"
import { ledgerAt, play, scenario } from "../support/routeScenario.js"

describe("properties of the approval route over random command sequences by random actors", () => {
  it("no proposal is ever accorded without the Stuurgroep's approval of that same version", () => {
    let accords = 0
    fc.assert(
      fc.property(scenario, (s) => {
        const { events } = play(s, () => {})
        events.forEach((event, index) => {
          if (event._tag === "DecisionRecorded" && event.outcome === "accord") {
            accords++
            const approvals = events
              .slice(0, index)
              .filter((e) => e._tag === "DecisionRecorded" && e.body === "stuurgroep" && e.version === event.version)
            assert.isTrue(
              approvals.some((e) => e._tag === "DecisionRecorded" && e.outcome === "approve"),
              `accord of version ${event.version} without Stuurgroep approval`,
            )
          }
        })
      }),
      { numRuns: 300 },
    )
    assert.isAbove(accords, 10, "the scenarios reach accords")
  })

  it("no budget goes negative and committed budgets stay within what is available", () => {
    fc.assert(
      fc.property(scenario, (s) => {
        play(s, (_command, _actor, result, { budget }) => {
          assert.isAtLeast(budget.committed, 0)
          assert.isAtMost(budget.committed, s.available)
          if (Either.isRight(result)) {
            for (const e of result.right.events) {
              if (e._tag === "DecisionRecorded") assert.isAtLeast(e.committedBudget, 0)
            }
          }
        })
      }),
      { numRuns: 300 },
    )
  })

  it("for every action, allowedActions(...).allowed equals whether decide succeeds", () => {
    let compared = 0
    let allowedSeen = 0
    fc.assert(
      fc.property(scenario, (s) => {
        play(s, (command, actor, result, { events, budget, now, model: m }) => {
          const state = events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
          const ctx = { actor, model: m, now }
          const actions = Route.allowedActions(state, ctx, (probe) =>
            Programme.reactionViolations(
              [Route.budgetPolicy],
              Route.routeDecider,
              probe,
              state,
              Route.routeEventsOf(probe, state, ctx),
              ctx,
              ledgerAt(budget.committed),
            ),
          )
          const matching = actions.find((a) => {
            switch (command._tag) {
              case "EditItem":
                return a.action === "edit"
              case "SubmitItem":
                return a.action === "submit"
              case "WithdrawItem":
                return a.action === "withdraw"
              case "RecordDecision":
                return a.action === "decide" && a.body === command.body && a.outcome === command.outcome
              case "RevokeDecision":
                return a.action === "revoke" && a.decision === command.revokes
              default:
                return false
            }
          })
          if (matching === undefined) {
            // Not an action of this route (a body off the route, or no final decision to revoke): never allowed.
            assert.isTrue(Either.isLeft(result), `${command._tag} succeeded but is no listed action`)
            return
          }
          compared++
          if (matching.allowed) allowedSeen++
          assert.strictEqual(
            matching.allowed,
            Either.isRight(result),
            `${command._tag} by ${actor}: allowedActions says ${matching.allowed}, decide says ${Either.isRight(result) ? "yes" : result.left.explain("en")}`,
          )
        })
      }),
      { numRuns: 300 },
    )
    // The property must have compared real cases of both kinds.
    assert.isAbove(compared, 1000)
    assert.isAbove(allowedSeen, 50)
  })
})
