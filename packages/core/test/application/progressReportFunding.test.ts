import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { fullMeeting, persons } from "../support/routeFixtures.js"

const layer = () =>
  Programme.programmeServices.pipe(
    Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-06-15T10:00:00Z")),
  )

const proposal = Route.ItemId.make("bv-hennep")
const line = (category: string, organisation: string, amount: number, funding?: Route.FundingSource) =>
  new Route.BudgetLine({
    category,
    organisation: Governance.OrganisationId.make(organisation),
    year: 2016,
    amount: Kernel.cents(amount),
    ...(funding === undefined ? {} : { funding }),
  })
const decide = (body: string, outcome: Route.RecordDecision["outcome"], id: string) =>
  new Route.RecordDecision({
    itemId: proposal,
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...fullMeeting(body, "2016-06-15"),
  })

describe("a progress report's budget per funding source", () => {
  it.effect(
    "given an accorded proposal with the programme's money, the police's own contribution and Arnhem's hours, when the report is generated, then committed is the programme's part and every total is split per source",
    () =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* decidedRuleBook(Governance.samenWeerbaar())
        yield* programme.route(
          persons.drafter,
          new Route.DraftItem({
            itemId: proposal,
            kind: "beleidsvoorstel",
            draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
            content: {
              title: "Integrale aanpak hennepteelt",
              description: "",
              budget: [
                line("projectleiding", "politie-oost-nederland", 2_500_000),
                line("rechercheurs", "politie-oost-nederland", 4_000_000, "eigen-bijdrage"),
                line("toezicht", "arnhem", 1_000_000, "uren-in-natura"),
              ],
              tasks: [
                new Route.PartnerTask({
                  organisation: Governance.OrganisationId.make("om-oost-nederland"),
                  task: "Strafrechtelijke aanpak bij signalen",
                }),
              ],
              practices: [],
            },
          }),
        )
        yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId: proposal }))
        yield* programme.route(persons.stuurgroepSecretaris, decide("stuurgroep", "approve", "besluit-sg-bv"))
        yield* programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo-bv"))
        const figures = yield* Programme.progressReportOn(Kernel.calendarDate("2016-06-15"))
        assert.strictEqual(figures.budget.committed, 2_500_000)
        assert.deepStrictEqual(figures.budget.funding, {
          programmabudget: 2_500_000,
          "eigen-bijdrage": 4_000_000,
          "uren-in-natura": 1_000_000,
        })
        assert.deepInclude(figures.budget.proposals[0], { committed: 2_500_000, budgeted: 7_500_000 })
        assert.deepStrictEqual(
          figures.budget.partners.map((p) => [p.organisation, p.budgeted, p.funding]),
          [
            ["arnhem", 1_000_000, { programmabudget: 0, "eigen-bijdrage": 0, "uren-in-natura": 1_000_000 }],
            [
              "politie-oost-nederland",
              6_500_000,
              { programmabudget: 2_500_000, "eigen-bijdrage": 4_000_000, "uren-in-natura": 0 },
            ],
          ],
        )
        // A report frozen before funding sources existed still decodes, without totals per source.
        const old = Schema.decodeUnknownSync(Route.ReportBudget)({
          available: 150_000_000,
          committed: 2_500_000,
          proposals: [
            { itemId: "bv-oud", title: "Oud", status: "accorded", committed: 2_500_000, budgeted: 2_500_000, spent: 0 },
          ],
          partners: [{ organisation: "arnhem", name: "Gemeente Arnhem", budgeted: 2_500_000, spent: 0 }],
        })
        assert.isUndefined(old.funding)
        assert.isUndefined(old.proposals[0]?.funding)
      }).pipe(Effect.provide(layer())),
  )
})
