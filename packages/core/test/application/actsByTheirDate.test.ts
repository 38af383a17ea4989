import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import {
  approvedByStuurgroep,
  at,
  decide,
  draftHennep,
  programmeOn,
  scenarioModel,
  scenarioPersons as persons,
} from "../../src/testing/programmeScenarioSetup.js"

const store = () => Store.InMemoryEventStore.withReadModels(Route.routeReadModels)

// The DVO decides only when every entitled member is present.
const fullQuorum = (): Governance.GovernanceModel => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  for (const body of json.bodies) if (body.id === "dvo") body.decisionRule = { method: "consensus", quorumPercent: 100 }
  return Either.getOrThrow(Governance.decodeGovernanceModel(json))
}

// A DVO meeting on `date` where only the voorzitter and the secretary's first members are present.
const thinMeeting = (id: string, date: string) => {
  const members = Governance.votingMembersOn(scenarioModel, Governance.BodyId.make("dvo"), Kernel.calendarDate(date))
  return decide("dvo", "accord", id, date, { attendance: members.slice(0, Math.ceil(members.length * 0.6)) })
}

describe("acts are judged by the rules of their date", () => {
  it.effect(
    "a meeting dated before a stricter version applies is decided under the version of its date, also when recorded after the adoption",
    () =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* approvedByStuurgroep
        yield* at("2016-06-01")
        yield* decidedRuleBook(fullQuorum())
        assert.strictEqual((yield* programme.versions).at(-1)?.validFrom, "2016-06-01")
        // The DVO met on 12 May with 60% present; its secretary records it in June.
        const recorded = yield* programme.route(persons.dvoSecretaris, thinMeeting("besluit-dvo-mei", "2016-05-12"))
        assert.strictEqual(recorded.state.exists && recorded.state.status, "accorded")
      }).pipe(Effect.provide(programmeOn(store()))),
  )

  it.effect("a meeting dated on or after the stricter version's date is decided under it", () =>
    Effect.gen(function* () {
      const programme = yield* Programme.Programme
      yield* approvedByStuurgroep
      yield* at("2016-06-01")
      yield* decidedRuleBook(fullQuorum())
      const refused = yield* Effect.flip(
        programme.route(persons.dvoSecretaris, thinMeeting("besluit-dvo-juni", "2016-06-01")),
      )
      assert.deepStrictEqual(refused._tag === "Refused" ? refused.codes : [], ["decision.quorum-not-met"])
    }).pipe(Effect.provide(programmeOn(store()))),
  )

  it.effect(
    "while the plan is a concept only its route runs: any other act is refused with model.plan-not-decided and stores nothing",
    () =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* programme.adoptModel(scenarioModel, persons.stuurgroepSecretaris)
        const refused = yield* Effect.flip(programme.route(persons.drafter, draftHennep))
        assert.deepStrictEqual(refused._tag === "Refused" ? refused.codes : [], ["model.plan-not-decided"])
        const item = yield* programme.item(draftHennep.itemId)
        assert.isFalse(item.exists)
        const plan = yield* programme.route(
          persons.stuurgroepSecretaris,
          new Route.DraftItem({
            itemId: Route.ItemId.make("programmaplan"),
            kind: "programmaplan",
            draftingBody: Governance.BodyId.make("stuurgroep"),
            content: {
              title: "Programmaplan Samen Weerbaar",
              description: "",
              budget: [],
              practices: [],
              proposedModel: Governance.modelFingerprint(scenarioModel),
            },
          }),
        )
        assert.strictEqual(plan.state.exists && plan.state.kind, "programmaplan")
      }).pipe(Effect.provide(programmeOn(store()))),
  )
})
