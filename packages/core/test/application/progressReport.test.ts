import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { fullMeeting, persons } from "../support/routeFixtures.js"

const layer = () =>
  Programme.programmeServices.pipe(
    Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-03-01T09:00:00Z")),
  )
const at = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T10:00:00Z`))

const report = Route.ItemId.make("vgr-2016-1")
const proposal = Route.ItemId.make("bv-hennep")

const progressContent = (title: string): Route.ItemContent => ({
  title,
  description: "Voortgang van het programma.",
  budget: [],
  practices: [],
})

const decide = (
  itemId: Route.ItemId,
  body: string,
  outcome: Route.RecordDecision["outcome"],
  id: string,
  date: string,
) =>
  new Route.RecordDecision({
    itemId,
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...fullMeeting(body, date),
  })

/** A proposal of 25.000 euro accorded by the DVO on `date`: the budget committed changes. */
const accordProposal = (date: string) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    yield* programme.route(
      persons.drafter,
      new Route.DraftItem({
        itemId: proposal,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Integrale aanpak hennepteelt",
          description: "Het hennepconvenant in alle gemeenten.",
          budget: [
            new Route.BudgetLine({
              category: "projectleiding",
              organisation: Governance.OrganisationId.make("politie-oost-nederland"),
              year: 2016,
              amount: Kernel.cents(2_500_000),
            }),
          ],
          practices: [],
        },
      }),
    )
    yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId: proposal }))
    yield* programme.route(
      persons.stuurgroepSecretaris,
      decide(proposal, "stuurgroep", "approve", "besluit-sg-bv", date),
    )
    yield* programme.route(persons.dvoSecretaris, decide(proposal, "dvo", "accord", "besluit-dvo-bv", date))
  })

describe("a voortgangsrapportage", () => {
  it.effect(
    "given the Stuurgroep's report, when it is submitted, then the report as of the submission date is frozen into it, and later events do not change it",
    () =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* decidedRuleBook(Governance.samenWeerbaar())
        yield* at("2016-06-01")
        yield* programme.route(
          persons.stuurgroepSecretaris,
          new Route.DraftItem({
            itemId: report,
            kind: "voortgangsrapportage",
            draftingBody: Governance.BodyId.make("stuurgroep"),
            content: progressContent("Voortgangsrapportage voorjaar 2016"),
          }),
        )
        yield* Programme.routeItem(
          persons.stuurgroepSecretaris,
          new Route.SubmitItem({ itemId: report, on: Kernel.calendarDate("2016-05-31") }),
        )
        const expected = yield* Programme.progressReportOn(Kernel.calendarDate("2016-05-31"))
        const submitted = yield* programme.item(report)
        assert.isTrue(submitted.exists && submitted.status === "submitted")
        assert.deepStrictEqual(submitted.exists ? submitted.content.progressReport : undefined, expected)
        assert.strictEqual(expected.asOf, "2016-05-31")
        assert.strictEqual(expected.budget.committed, 0)
        assert.deepStrictEqual(
          expected.themes.map((t) => t.theme),
          ["weerbare-overheid", "weerbare-maatschappij", "ondermijnende-criminaliteit"],
        )

        yield* at("2016-06-15")
        yield* accordProposal("2016-06-15")
        yield* programme.route(
          persons.dvoSecretaris,
          decide(report, "dvo", "take-note", "besluit-dvo-vgr", "2016-06-15"),
        )

        const later = yield* Programme.progressReportOn(Kernel.calendarDate("2016-05-31"))
        assert.strictEqual(later.budget.committed, 2_500_000, "the state itself moved on")
        const noted = yield* programme.item(report)
        assert.isTrue(noted.exists && noted.status === "noted")
        assert.deepStrictEqual(noted.exists ? noted.content.progressReport : undefined, expected)
      }).pipe(Effect.provide(layer())),
  )

  it.effect(
    "given an accorded proposal, when the report is generated, then it gives the budget per proposal and per partner",
    () =>
      Effect.gen(function* () {
        yield* decidedRuleBook(Governance.samenWeerbaar())
        yield* at("2016-06-15")
        yield* accordProposal("2016-06-15")
        const figures = yield* Programme.progressReportOn(Kernel.calendarDate("2016-06-15"))
        assert.deepStrictEqual(figures.budget.proposals, [
          {
            itemId: "bv-hennep",
            title: "Integrale aanpak hennepteelt",
            status: "accorded",
            committed: 2_500_000,
            budgeted: 2_500_000,
            funding: { programmabudget: 2_500_000, "eigen-bijdrage": 0, "uren-in-natura": 0 },
            spent: 0,
          },
        ])
        assert.deepStrictEqual(
          figures.budget.partners.map((p) => [p.organisation, p.budgeted, p.spent]),
          [["politie-oost-nederland", 2_500_000, 0]],
        )
        assert.deepStrictEqual(
          figures.health.conditions.map((c) => c.condition),
          ["staffing", "commitment", "budget"],
        )
      }).pipe(Effect.provide(layer())),
  )

  it.effect(
    "given an expert group's report, when it is submitted, then the Stuurgroep takes note of it and the route ends there",
    () =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* decidedRuleBook(Governance.samenWeerbaar())
        yield* at("2016-06-01")
        yield* programme.route(
          persons.drafter,
          new Route.DraftItem({
            itemId: report,
            kind: "voortgangsrapportage",
            draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
            content: progressContent("Voortgang Expertgroep Ondermijnende Criminaliteit"),
          }),
        )
        yield* Programme.routeItem(persons.trekker, new Route.SubmitItem({ itemId: report }))
        const refused = yield* Effect.flip(
          programme.route(persons.dvoSecretaris, decide(report, "dvo", "take-note", "besluit-dvo-vgr", "2016-06-01")),
        )
        assert.strictEqual(refused._tag, "Refused")
        yield* programme.route(
          persons.stuurgroepSecretaris,
          decide(report, "stuurgroep", "take-note", "besluit-sg-vgr", "2016-06-01"),
        )
        const item = yield* programme.item(report)
        assert.isTrue(item.exists && item.status === "noted")
        assert.strictEqual(item.exists ? item.content.progressReport?.asOf : undefined, "2016-06-01")
      }).pipe(Effect.provide(layer())),
  )

  it.effect("given a draft edited once, when its history is read, then version 1's first content is still there", () =>
    Effect.gen(function* () {
      const programme = yield* Programme.Programme
      yield* decidedRuleBook(Governance.samenWeerbaar())
      yield* at("2016-06-01")
      yield* programme.route(
        persons.stuurgroepSecretaris,
        new Route.DraftItem({
          itemId: report,
          kind: "voortgangsrapportage",
          draftingBody: Governance.BodyId.make("stuurgroep"),
          content: progressContent("Eerste titel"),
        }),
      )
      yield* programme.route(
        persons.stuurgroepSecretaris,
        new Route.EditItem({ itemId: report, content: progressContent("Tweede titel") }),
      )
      const rows = yield* Store.queryAll(yield* Store.ReadModelStore, Route.itemHistory, { itemId: report })
      assert.deepStrictEqual(
        rows.map((r) => [r.what, r.version, r.content?.title]),
        [
          ["ItemDrafted", 1, "Eerste titel"],
          ["ItemEdited", 1, "Tweede titel"],
        ],
      )
    }).pipe(Effect.provide(layer())),
  )
})
