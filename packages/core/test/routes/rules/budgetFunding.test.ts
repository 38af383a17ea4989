import { assert, describe, it } from "@effect/vitest"
import { Either, Schema } from "effect"
import { Governance, Kernel, Programme, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import { ledgerAt, withAvailableBudget } from "../../support/routeScenario.js"
import { ctx, decision, history, itemId, model, now, persons } from "../../support/routeFixtures.js"

// budget.exceeds-available counts the programme-funded lines only: a partner's own contribution and
// its hours in kind are recorded with the proposal, never committed on the programme's ledger.

const line = (category: string, organisation: string, amount: number, funding?: Route.FundingSource) =>
  new Route.BudgetLine({
    category,
    organisation: Governance.OrganisationId.make(organisation),
    year: 2016,
    amount: Kernel.cents(amount),
    ...(funding === undefined ? {} : { funding }),
  })

const mixed = [
  line("projectleiding", "politie-oost-nederland", 1_000_000),
  line("inzet rechercheurs", "politie-oost-nederland", 5_000_000, "eigen-bijdrage"),
  line("uren toezicht", "arnhem", 2_000_000, "uren-in-natura"),
  line("communicatie", "arnhem", 500_000, "programmabudget"),
]

const approvedWith = (budget: ReadonlyArray<Route.BudgetLine>) =>
  history(
    [
      persons.drafter,
      new Route.DraftItem({
        itemId,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: { title: "Integrale aanpak hennepteelt", description: "", budget, practices: [] },
      }),
    ],
    [persons.trekker, new Route.SubmitItem({ itemId })],
    [persons.stuurgroepSecretaris, decision("stuurgroep", "approve", "besluit-sg-1")],
  )

/** The accord decided as `Programme.route` decides it, with `committed` on a ledger of `available`. */
const accordOn = (available: number, committed: number, budget: ReadonlyArray<Route.BudgetLine>) => {
  const state = approvedWith(budget).reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
  return Programme.decideWithPolicies(
    Route.routeDecider,
    [Route.budgetPolicy],
    decision("dvo", "accord", "besluit-dvo-1"),
    state,
    { actor: persons.dvoSecretaris, model: withAvailableBudget(available), now: now() },
    ledgerAt(committed),
  )
}

describe("budget.exceeds-available with lines of every funding source", () => {
  it("given a proposal with own contribution and hours in kind, when the DVO accords it, then only its programme-funded lines are committed", () => {
    given(Route.routeDecider, approvedWith(mixed))
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events) => assert.strictEqual((events[0] as Route.DecisionRecorded).committedBudget, 1_500_000))
  })

  it("given a ledger with room for the programme-funded lines only, when the DVO accords, then the accord passes and commits them", () => {
    const result = accordOn(10_000_000, 8_500_000, mixed)
    assert.isTrue(Either.isRight(result))
    const ledger = Either.getOrThrow(result).reacted.get(Route.budgetLedgerStreamId)?.events ?? []
    assert.deepStrictEqual(
      ledger.map((e) => [(e as Route.LedgerEvent)._tag, (e as Route.LedgerEvent).amount]),
      [["BudgetCommitted", 1_500_000]],
    )
  })

  it("given a ledger short of the programme-funded lines, when the DVO accords, then the shortfall named is of those lines alone", () => {
    const result = accordOn(10_000_000, 9_000_000, mixed)
    assert.isTrue(Either.isLeft(result))
    if (Either.isRight(result)) return
    assert.deepStrictEqual(factsOf(result.left, "budget.exceeds-available"), {
      available: 10_000_000,
      committed: 9_000_000,
      requested: 1_500_000,
      shortfall: 500_000,
    })
  })

  it("given a proposal funded by its partners alone, when the DVO accords it on an exhausted budget, then nothing is committed and the accord passes", () => {
    const own = [line("inzet", "om-oost-nederland", 3_000_000, "eigen-bijdrage")]
    const result = accordOn(model.programme.availableBudget, model.programme.availableBudget, own)
    assert.isTrue(Either.isRight(result))
    const decided = Either.getOrThrow(result)
    assert.strictEqual((decided.events[0] as Route.DecisionRecorded).committedBudget, 0)
    assert.isUndefined(decided.reacted.get(Route.budgetLedgerStreamId))
  })

  it("a line stored before funding sources existed reads as programme-funded", () => {
    const stored = Schema.decodeUnknownSync(Route.BudgetLine)({
      category: "projectleiding",
      organisation: "politie-oost-nederland",
      year: 2016,
      amount: 2_500_000,
    })
    assert.strictEqual(Route.fundingOf(stored), "programmabudget")
    assert.strictEqual(Route.programmeFunded([stored]), 2_500_000)
    assert.deepStrictEqual(Route.totalsBySource([stored, ...mixed]), {
      programmabudget: 4_000_000,
      "eigen-bijdrage": 5_000_000,
      "uren-in-natura": 2_000_000,
    })
  })

  it("a funding source outside the three is not a budget line", () => {
    const decoded = Schema.decodeUnknownEither(Route.BudgetLine)({
      category: "projectleiding",
      organisation: "politie-oost-nederland",
      year: 2016,
      amount: 100,
      funding: "subsidie",
    })
    assert.isTrue(Either.isLeft(decoded))
  })
})
