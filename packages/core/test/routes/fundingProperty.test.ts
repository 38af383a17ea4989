import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, FastCheck as fc, Layer } from "effect"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { fullMeeting, persons } from "../support/routeFixtures.js"

// Proposals with lines of every funding source, accorded (and sometimes revoked) through the
// programme's runtime: the deciders, the budget policy and the ledger as `Programme.route` runs them.

const layer = () =>
  Programme.programmeServices.pipe(
    Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-06-15T10:00:00Z")),
  )

const organisations = ["politie-oost-nederland", "om-oost-nederland", "arnhem", "rheden"]

const lineOf = fc.record({
  organisation: fc.constantFrom(...organisations),
  funding: fc.constantFrom<Route.FundingSource | undefined>(undefined, ...Route.fundingSources),
  amount: fc.integer({ min: 0, max: 40_000_000 }),
})
const proposalOf = fc.record({
  lines: fc.array(lineOf, { minLength: 1, maxLength: 4 }),
  revoke: fc.boolean(),
})
const scenario = fc.record({
  available: fc.integer({ min: 0, max: 100_000_000 }),
  proposals: fc.array(proposalOf, { minLength: 1, maxLength: 5 }),
})
type Scenario = typeof scenario extends fc.Arbitrary<infer A> ? A : never

const decide = (itemId: Route.ItemId, body: string, outcome: Route.RecordDecision["outcome"], id: string) =>
  new Route.RecordDecision({
    itemId,
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...fullMeeting(body, "2016-06-15"),
  })

/** Plays a scenario; answers the programme's accorded own budget, the ledger's and the accords refused. */
const play = (s: Scenario) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const preset = Governance.samenWeerbaar()
    yield* decidedRuleBook({
      ...preset,
      programme: new Governance.ProgrammeDefinition({
        ...preset.programme,
        availableBudget: Kernel.cents(s.available),
      }),
    })
    let refused = 0
    for (const [n, p] of s.proposals.entries()) {
      const itemId = Route.ItemId.make(`bv-${n}`)
      const budget = p.lines.map(
        (l, i) =>
          new Route.BudgetLine({
            category: `regel-${i}`,
            organisation: Governance.OrganisationId.make(l.organisation),
            year: 2016,
            amount: Kernel.cents(l.amount),
            ...(l.funding === undefined ? {} : { funding: l.funding }),
          }),
      )
      yield* programme.route(
        persons.drafter,
        new Route.DraftItem({
          itemId,
          kind: "beleidsvoorstel",
          draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
          content: { title: `Voorstel ${n}`, description: "", budget, practices: [] },
        }),
      )
      yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
      yield* programme.route(persons.stuurgroepSecretaris, decide(itemId, "stuurgroep", "approve", `besluit-sg-${n}`))
      const accord = yield* Effect.either(
        programme.route(persons.dvoSecretaris, decide(itemId, "dvo", "accord", `besluit-dvo-${n}`)),
      )
      if (Either.isLeft(accord)) {
        refused++
        // Refused only for the programme-funded part: the other lines never make an accord fail.
        assert.isAbove(
          Route.programmeFunded(budget),
          0,
          "an accord is refused only when it asks the programme's budget",
        )
        continue
      }
      if (p.revoke) {
        yield* programme.route(
          persons.dvoSecretaris,
          new Route.RevokeDecision({
            itemId,
            decisionId: Route.DecisionId.make(`besluit-dvo-intrekking-${n}`),
            revokes: Route.DecisionId.make(`besluit-dvo-${n}`),
            body: Governance.BodyId.make("dvo"),
            ...fullMeeting("dvo", "2016-06-15"),
          }),
        )
      }
    }
    let accordedOwn = 0
    let accordedOther = 0
    for (const n of s.proposals.keys()) {
      const item = yield* programme.item(Route.ItemId.make(`bv-${n}`))
      if (!item.exists || item.status !== "accorded") continue
      accordedOwn += Route.programmeFunded(item.content.budget)
      accordedOther += Route.budgetTotal(item.content.budget) - Route.programmeFunded(item.content.budget)
    }
    const ledger = yield* programme.budget
    return { accordedOwn, accordedOther, committed: ledger.committed, refused }
  }).pipe(Effect.provide(layer()))

describe("budgets as they are funded", () => {
  it("the programme's own accorded budget never exceeds the available budget, whatever the other funding", async () => {
    let accordsWithOtherFunding = 0
    let refusals = 0
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const outcome = await Effect.runPromise(play(s))
        assert.isAtMost(outcome.accordedOwn, s.available)
        assert.strictEqual(outcome.committed, outcome.accordedOwn, "the ledger holds the programme-funded lines only")
        if (outcome.accordedOther > 0) accordsWithOtherFunding++
        refusals += outcome.refused
      }),
      { numRuns: 40 },
    )
    // The property must have met both: accords with other funding, and accords refused.
    assert.isAbove(accordsWithOtherFunding, 0)
    assert.isAbove(refusals, 0)
  }, 120_000)
})
