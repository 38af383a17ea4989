import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, Schema } from "effect"
import { Governance, Health, Information, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { line, trackMoved } from "../support/healthFixtures.js"
import { fullMeeting, persons } from "../support/routeFixtures.js"

const itemId = Route.ItemId.make("bv-hennep")
const practice = "bp-hennepconvenant"

const layer = () =>
  Layer.mergeAll(Programme.Programme.layer, Information.Information.layer, Health.Health.layer).pipe(
    Layer.provideMerge(Programme.ProgrammeRuntime.layer),
    Layer.provideMerge(
      Store.InMemoryEventStore.withReadModels([
        ...Route.routeReadModels,
        ...Information.informationReadModels,
        ...Health.healthReadModels,
      ]),
    ),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-03-01T09:00:00Z")),
  )
const at = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T10:00:00Z`))

/** The preset after the autumn of 2016: the trekker of Weerbare Maatschappij left, the police's member was withdrawn. */
const autumnModel = () => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  for (const m of json.memberships) {
    if (m.person === "trekker-eg-weerbare-maatschappij" && m.body === "eg-weerbare-maatschappij") m.to = "2016-09-30"
  }
  json.memberships = json.memberships.filter((m: { person: string }) => m.person !== "lid-eg-wm-politie")
  return Schema.decodeUnknownSync(Governance.GovernanceModel)(json)
}

const decide = (body: string, outcome: Route.RecordDecision["outcome"], id: string, date: string) =>
  new Route.RecordDecision({
    itemId,
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...fullMeeting(body, date),
  })

const spend = (amount: number, spentOn: string) =>
  new Health.ReportSpending({
    itemId,
    line: {
      category: "projectleiding",
      organisation: "politie-oost-nederland" as Governance.OrganisationId,
      year: 2016,
    },
    amount: amount as Health.ReportSpending["amount"],
    spentOn: Kernel.calendarDate(spentOn),
    description: "Projectleiding integrale hennepaanpak",
  })

/** A year of Samen Weerbaar, from March 2016 to March 2017, through the application services. */
const scriptedYear = Effect.gen(function* () {
  const programme = yield* Programme.Programme
  const information = yield* Information.Information
  const health = yield* Health.Health
  const store = yield* Store.EventStore

  yield* decidedRuleBook(Governance.samenWeerbaar())
  for (const { actor, command } of Information.samenWeerbaarInformation()) yield* information.execute(actor, command)
  const lokaalBeeld = "lokaal-ob-rheden" as Information.ProductId
  yield* information.execute(
    Governance.PersonId.make("lid-eg-oc-rheden"),
    new Information.LinkPractice({ productId: lokaalBeeld, practiceId: practice }),
  )

  yield* at("2016-06-01")
  // Rheden pilots the measure before the accord, as the Stuurgroep's pilot municipality.
  yield* store.append(
    [
      {
        streamId: `track-${practice}-rheden`,
        expectedVersion: 0,
        events: [toNew(trackMoved(practice, "rheden", "geen", "pilot", "2016-06-01"))],
      },
    ],
    { actor: "lid-eg-oc-rheden" },
  )
  yield* at("2016-06-30")
  yield* information.execute(
    Governance.PersonId.make("manager-riec"),
    new Information.DeliverProduct({
      productId: lokaalBeeld,
      deliveredOn: Kernel.calendarDate("2016-06-30"),
      content: { title: "Lokaal ondermijningsbeeld Rheden", summary: "Bevindingen van de pilot." },
    }),
  )

  yield* at("2016-09-01")
  yield* programme.route(
    persons.drafter,
    new Route.DraftItem({
      itemId,
      kind: "beleidsvoorstel",
      draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
      content: {
        title: "Integrale aanpak hennepteelt",
        description: "Het hennepconvenant in alle gemeenten van Gelderland-Midden.",
        budget: [line("projectleiding", "politie-oost-nederland", 2_500_000), line("uitvoering", "rheden", 1_000_000)],
        practices: [practice],
      },
    }),
  )
  yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))

  yield* at("2016-10-01")
  yield* decidedRuleBook(autumnModel())
  yield* at("2016-10-06")
  yield* programme.route(persons.stuurgroepSecretaris, decide("stuurgroep", "approve", "besluit-sg-7", "2016-10-06"))
  yield* at("2016-11-10")
  yield* programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo-4", "2016-11-10"))

  yield* at("2016-11-20")
  yield* health.confirmPart(
    Governance.PersonId.make("teamchef-politie"),
    new Health.ConfirmPart({ itemId, organisation: "politie-oost-nederland" as Governance.OrganisationId }),
  )
  yield* health.confirmPart(
    Governance.PersonId.make("lid-eg-oc-rheden"),
    new Health.ConfirmPart({ itemId, organisation: "rheden" as Governance.OrganisationId }),
  )

  yield* at("2016-12-15")
  yield* health.reportSpending(Governance.PersonId.make("teamchef-politie"), spend(1_200_000, "2016-12-15"))
  const overspent = yield* Effect.flip(
    health.reportSpending(Governance.PersonId.make("teamchef-politie"), spend(1_500_000, "2016-12-15")),
  )

  yield* at("2017-01-15")
  yield* store.append(
    [
      {
        streamId: `track-${practice}-arnhem`,
        expectedVersion: 0,
        events: [toNew(trackMoved(practice, "arnhem", "geen", "gepland", "2017-01-15"))],
      },
    ],
    { actor: "burgemeester-arnhem" },
  )
  yield* store.append(
    [
      {
        streamId: `track-${practice}-arnhem`,
        expectedVersion: 1,
        events: [toNew(trackMoved(practice, "arnhem", "gepland", "in_uitvoering", "2017-01-15"))],
      },
    ],
    { actor: "burgemeester-arnhem" },
  )

  yield* at("2017-03-01")
  return { overspent, health: yield* health.health() }
})

const toNew = (stored: ReturnType<typeof trackMoved>) => ({
  type: stored.type,
  schemaVersion: stored.schemaVersion,
  payload: stored.payload,
})

describe("the programme's health after a scripted year of Samen Weerbaar", () => {
  it.effect(
    "on 2017-03-01 staffing is red, commitment amber and budget amber — each for the reasons in its findings",
    () =>
      Effect.gen(function* () {
        const { overspent, health } = yield* scriptedYear
        const [staffing, commitment, budget] = health.conditions

        assert.strictEqual(health.signal, "red")
        assert.deepStrictEqual(
          health.conditions.map((c) => [c.condition, c.signal]),
          [
            ["staffing", "red"],
            ["commitment", "amber"],
            ["budget", "amber"],
          ],
        )

        // Staffing is red because Weerbare Maatschappij lost its trekker (and a member) on 30 September.
        const notGreen = (staffing?.findings ?? []).filter((f) => f.signal !== "green")
        assert.deepStrictEqual(
          notGreen.map((f) => [f.code, f.signal, f.facts.body]),
          [
            ["health.staffing.trekker", "red", "Expertgroep Weerbare Maatschappij"],
            ["health.staffing.composition", "amber", "Expertgroep Weerbare Maatschappij"],
            ["health.staffing.vacancy", "red", "Expertgroep Weerbare Maatschappij"],
            ["health.staffing.vacancy", "red", "Expertgroep Weerbare Maatschappij"],
            ["health.staffing.turnover", "amber", "Expertgroep Weerbare Maatschappij"],
          ],
        )
        assert.deepStrictEqual(
          notGreen
            .filter((f) => f.code === "health.staffing.vacancy")
            .map((f) => [f.facts.role, f.facts.leftBy, f.facts.days]),
          [
            ["trekker", "trekker-eg-weerbare-maatschappij", 151],
            ["lid", "lid-eg-wm-politie", 151],
          ],
        )
        assert.deepInclude(notGreen[1]?.facts, { members: 2, organisations: 2 })

        // Commitment is amber: 111 days after the accord, 14 of the 16 municipalities (Rijnwaarden among them) have not started; both partners confirmed.
        const [tracks, parts] = commitment?.findings ?? []
        assert.deepInclude(tracks, { code: "health.commitment.tracks-started", signal: "amber" })
        assert.deepInclude(tracks?.facts, { practice, accordedOn: "2016-11-10", days: 111 })
        assert.lengthOf(tracks?.facts.notStarted as ReadonlyArray<string>, 14)
        assert.include(tracks?.facts.notStarted as ReadonlyArray<string>, "rijnwaarden")
        assert.notInclude(tracks?.facts.notStarted as ReadonlyArray<string>, "rheden")
        assert.notInclude(tracks?.facts.notStarted as ReadonlyArray<string>, "arnhem")
        assert.deepInclude(parts, { code: "health.commitment.parts-confirmed", signal: "green" })
        assert.deepInclude(parts?.facts, { unconfirmed: [], confirmed: ["politie-oost-nederland", "rheden"] })

        // Budget is amber: money is there and spent within the lines, but nothing is accorded for research or support.
        assert.deepStrictEqual(
          budget?.findings.map((f) => [f.code, f.signal]),
          [
            ["health.budget.position", "green"],
            ["health.budget.research", "amber"],
            ["health.budget.support", "amber"],
          ],
        )
        assert.deepInclude(budget?.findings[0]?.facts, {
          available: 150_000_000,
          accorded: 3_500_000,
          spent: 1_200_000,
        })
        assert.include(budget?.findings[1]?.explanation.nl ?? "", "onderzoek")

        // The preset signals an overspent line and asks why: without a reason it was refused and stored nothing.
        assert.isTrue(overspent instanceof Kernel.Refused && overspent.codes.join() === "signal.reason-required")
        const rows = yield* (yield* Store.ReadModelStore).query(Health.lineSpending)
        assert.deepStrictEqual(
          rows.rows.map((r) => [r.row.line, r.row.spent, r.row.reports]),
          [["projectleiding/politie-oost-nederland/2016", 1_200_000, 1]],
        )
      }).pipe(Effect.provide(layer())),
  )
})
