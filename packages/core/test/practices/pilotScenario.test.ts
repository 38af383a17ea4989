import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Governance, Kernel, Practice, Programme, Route, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import { meeting, on, storeLayer } from "../support/handoverStory.js"

const model = Governance.samenWeerbaar()
const practiceId = Practice.PracticeId.make("bp-hennepconvenant")
const lid = Governance.PersonId.make("lid-eg-oc-rheden")
const trekker = Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit")
const line = (amount: number) =>
  new Route.BudgetLine({
    category: "projectleiding",
    organisation: Governance.OrganisationId.make("vggm"),
    year: 2016,
    amount: Kernel.Cents.make(amount),
  })

/** A beleidsvoorstel through expert group, Stuurgroep and DVO; a pilot proposal when `pilot` names municipalities. */
const throughTheRoute = (id: string, dates: readonly [string, string, string], pilot?: ReadonlyArray<string>) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const itemId = Route.ItemId.make(id)
    yield* on(dates[0])
    yield* programme.route(
      lid,
      new Route.DraftItem({
        itemId,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: pilot === undefined ? "Uitrol hennepconvenant" : "Pilot hennepconvenant",
          description: "",
          budget: [line(pilot === undefined ? 3_000_000 : 400_000)],
          practices: [practiceId],
          ...(pilot === undefined
            ? {}
            : {
                pilot: {
                  municipalities: pilot.map((m) => Governance.OrganisationId.make(m)) as [
                    Governance.OrganisationId,
                    ...Array<Governance.OrganisationId>,
                  ],
                },
              }),
        },
      }),
    )
    yield* programme.route(trekker, new Route.SubmitItem({ itemId }))
    yield* on(dates[1])
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make(`sg-${id}`),
        body: Governance.BodyId.make("stuurgroep"),
        outcome: "approve",
        ...meeting(model, "stuurgroep", dates[1]),
      }),
    )
    yield* on(dates[2])
    yield* programme.route(
      Governance.PersonId.make("secretaris-dvo"),
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make(`dvo-${id}`),
        body: Governance.BodyId.make("dvo"),
        outcome: "accord",
        ...meeting(model, "dvo", dates[2]),
      }),
    )
  })

describe("a pilot as the plan runs it", () => {
  it.effect(
    "pilot proposal accorded, pilot started and evaluated, roll-out accorded, tracks in every municipality",
    () =>
      Effect.gen(function* () {
        const practices = yield* Practice.Practices
        const tracks = yield* Practice.Tracks
        yield* on("2016-02-01")
        yield* decidedRuleBook(model)
        yield* practices.execute(
          lid,
          new Practice.RegisterPractice({
            practiceId,
            theme: "ondermijnende-criminaliteit",
            title: "Hennepconvenant",
            description: "",
            origin: "elders-nl",
            source: "VNON 2015",
            intendedEffects: ["minder hennepteelt"],
          }),
        )
        yield* throughTheRoute("bv-pilot-hennep", ["2016-02-15", "2016-03-03", "2016-03-17"], ["rheden", "kampen"])
        const afterPilotAccord = yield* practices.practice(practiceId)
        assert.strictEqual(afterPilotAccord.exists && afterPilotAccord.status, "kandidaat")
        assert.strictEqual(
          afterPilotAccord.exists && afterPilotAccord.pilotAccord?.accord.decisionId,
          "dvo-bv-pilot-hennep",
        )

        yield* on("2016-04-01")
        yield* practices.execute(trekker, new Practice.StartPilot({ practiceId }))
        for (const m of ["rheden", "kampen"]) {
          yield* tracks.execute(
            trekker,
            new Practice.MoveTrack({
              practiceId,
              municipality: Governance.OrganisationId.make(m),
              to: "pilot",
              on: Kernel.calendarDate("2016-04-01"),
            }),
          )
        }
        yield* on("2016-09-01")
        yield* practices.execute(
          lid,
          new Practice.RecordEvaluation({
            practiceId,
            evaluation: {
              evaluationId: "ev-pilot-hennep",
              kind: "pilot",
              method: "Voor- en nameting in Rheden en Kampen.",
              findings: "Meer ontmantelingen.",
              measuredEffects: [],
              evidenceLevel: "goed-beschreven",
              evaluatedOn: Kernel.calendarDate("2016-09-01"),
              evaluatedBy: "RIEC Oost-Nederland",
            },
          }),
        )
        const tried = yield* practices.practice(practiceId)
        assert.strictEqual(tried.exists && tried.status, "beproefd")

        yield* throughTheRoute("bv-uitrol-hennep", ["2016-09-15", "2016-10-06", "2016-10-20"])
        const rolledOut = yield* practices.practice(practiceId)
        assert.strictEqual(rolledOut.exists && rolledOut.status, "geaccordeerd")
        assert.strictEqual(rolledOut.exists && rolledOut.accord?.decisionId, "dvo-bv-uitrol-hennep")

        yield* on("2016-11-01")
        yield* practices.execute(trekker, new Practice.StartExecution({ practiceId }))
        const area = Governance.areaOn(model, Kernel.calendarDate("2016-11-01"))
        for (const m of area) {
          yield* tracks.execute(
            trekker,
            new Practice.MoveTrack({
              practiceId,
              municipality: m,
              to: "gepland",
              on: Kernel.calendarDate("2016-11-01"),
            }),
          )
        }
        const all = yield* tracks.tracksOf(practiceId)
        assert.includeMembers(
          all.map((t) => t.municipality as string),
          [...area, "kampen"],
        )

        const store = yield* Store.ReadModelStore
        const register = yield* Store.queryAll(store, Route.decisionRegister)
        const pilotAccord = register.find((r) => r.identificatie === "dvo-bv-pilot-hennep")
        assert.deepStrictEqual(pilotAccord?.pilotMunicipalities, ["rheden", "kampen"])
        assert.isUndefined(register.find((r) => r.identificatie === "dvo-bv-uitrol-hennep")?.pilotMunicipalities)
        const [row] = yield* Store.queryAll(store, Practice.practiceCatalogue, { practiceId })
        assert.strictEqual(row?.pilotAccordDecision, "dvo-bv-pilot-hennep")
        assert.strictEqual(row?.accordDecision, "dvo-bv-uitrol-hennep")
      }).pipe(Effect.provide(storeLayer())),
  )
})
