import { assert, describe, it } from "@effect/vitest"
import { Route } from "@weerbaar/core"
import { budgetLedgerDecider, CommitBudget } from "../../../src/routes/budgetLedgerDecider.js"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  approvedByStuurgroep,
  budget,
  content,
  ctx,
  decision,
  draft,
  history,
  itemId,
  model,
  now,
  persons,
  submitted,
} from "../../support/routeFixtures.js"

const progressReport = (amount: number) => draft("voortgangsrapportage", amount, "stuurgroep")

describe("budget.required", () => {
  it("a policy proposal without a budget is not submitted", () => {
    const refusal = given(Route.routeDecider, history([persons.drafter, draft("beleidsvoorstel", 0)]))
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .refused("budget.required")
    assert.deepStrictEqual(factsOf(refusal, "budget.required"), { item: itemId, kind: "beleidsvoorstel" })
  })

  it("an assignment, whose budget is optional, is submitted without one", () => {
    given(Route.routeDecider, history([persons.drafter, draft("opdracht", 0)]))
      .when(new Route.SubmitItem({ itemId }), ctx(persons.trekker))
      .thenEmits([new Route.ItemSubmitted({ itemId, version: 1, submittedBy: persons.trekker, at: now() })])
  })
})

describe("budget.not-allowed", () => {
  it("a progress report carries no budget", () => {
    const refusal = given(Route.routeDecider)
      .when(progressReport(100), ctx(persons.stuurgroepSecretaris))
      .refused("budget.not-allowed")
    assert.deepStrictEqual(factsOf(refusal, "budget.not-allowed"), { item: itemId, kind: "voortgangsrapportage" })
  })

  it("nor does an edit add a budget to it", () => {
    given(Route.routeDecider, history([persons.stuurgroepSecretaris, progressReport(0)]))
      .when(new Route.EditItem({ itemId, content: content(100) }), ctx(persons.stuurgroepSecretaris))
      .refused("budget.not-allowed")
  })

  it("a progress report without a budget is drafted", () => {
    given(Route.routeDecider)
      .when(progressReport(0), ctx(persons.stuurgroepSecretaris))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.kind === "voortgangsrapportage"))
  })
})

describe("budget.unknown-organisation", () => {
  it("a budget line names an organisation the governance model knows, and the refusal says which line", () => {
    const unknown = new Route.BudgetLine({
      category: "onderzoek",
      organisation: "stichting-onbekend" as Route.BudgetLine["organisation"],
      year: 2016,
      amount: 500_000 as Route.BudgetLine["amount"],
    })
    const lines = new Route.DraftItem({
      itemId,
      kind: "beleidsvoorstel",
      draftingBody: "eg-ondermijnende-criminaliteit" as Route.DraftItem["draftingBody"],
      content: Object.assign({}, content(), { budget: [budget(1_000), unknown] }),
    })
    const refusal = given(Route.routeDecider).when(lines, ctx(persons.drafter)).refused("budget.unknown-organisation")
    assert.deepStrictEqual(factsOf(refusal, "budget.unknown-organisation"), {
      line: 2,
      organisation: "stichting-onbekend",
    })
  })

  it("lines of the partners in the model are accepted", () => {
    given(Route.routeDecider)
      .when(draft(), ctx(persons.drafter))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "ItemDrafted"))
  })
})

describe("budget.exceeds-available", () => {
  const available = model.programme.availableBudget
  const committed = (amount: number) => [
    new Route.BudgetCommitted({
      itemId: Route.ItemId.make("bv-eerder"),
      decisionId: Route.DecisionId.make("besluit-dvo-0"),
      amount,
      at: now(),
    }),
  ]
  const commit = (amount: number) =>
    new CommitBudget({ itemId, decisionId: Route.DecisionId.make("besluit-dvo-1"), amount, at: now() })

  it("the accord's commitment is refused naming the shortfall", () => {
    const refusal = given(budgetLedgerDecider, committed(available - 1_000_000))
      .when(commit(2_500_000), ctx(persons.dvoSecretaris))
      .refused("budget.exceeds-available")
    assert.deepStrictEqual(factsOf(refusal, "budget.exceeds-available"), {
      available: 150_000_000,
      committed: 149_000_000,
      requested: 2_500_000,
      shortfall: 1_500_000,
    })
    assert.include(refusal.violations[0]?.explanation.nl ?? "", "€ 15.000,00")
    assert.include(refusal.violations[0]?.explanation.en ?? "", "shortfall of € 15.000,00")
  })

  it("a commitment that uses the last euro cent of the programme budget is recorded", () => {
    given(budgetLedgerDecider, committed(available - 2_500_000))
      .when(commit(2_500_000), ctx(persons.dvoSecretaris))
      .thenEvents((_events, ledger) => assert.strictEqual(ledger.committed, available))
  })

  it("budget a revocation released is available again", () => {
    const released = new Route.BudgetReleased({
      itemId: Route.ItemId.make("bv-eerder"),
      decisionId: Route.DecisionId.make("besluit-dvo-9"),
      revokes: Route.DecisionId.make("besluit-dvo-0"),
      amount: available,
      at: now(),
    })
    given(budgetLedgerDecider, [...committed(available), released])
      .when(commit(2_500_000), ctx(persons.dvoSecretaris))
      .thenEvents((_events, ledger) => assert.strictEqual(ledger.committed, 2_500_000))
  })

  it("the DVO's accord that ends the route asks to commit the proposal's whole budget", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "accord", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events) => assert.strictEqual((events[0] as Route.DecisionRecorded).committedBudget, 2_500_000))
  })

  it("the Stuurgroep's approval commits nothing, so the envelope is not asked", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events) => assert.strictEqual((events[0] as Route.DecisionRecorded).committedBudget, 0))
  })

  it("a DVO that returns the proposal commits nothing", () => {
    given(Route.routeDecider, approvedByStuurgroep())
      .when(decision("dvo", "return", "besluit-dvo-1"), ctx(persons.dvoSecretaris))
      .thenEvents((events, state) => {
        assert.strictEqual((events[0] as Route.DecisionRecorded).committedBudget, 0)
        assert.isTrue(state.exists && state.status === "returned")
      })
  })
})
