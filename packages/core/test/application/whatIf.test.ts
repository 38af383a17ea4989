import { assert, describe, it } from "@effect/vitest"
import { Effect, Either } from "effect"
import { Governance, Kernel, Programme, Route, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import {
  at,
  decide,
  draftHennep,
  programmeOn,
  scenarioContent,
  scenarioModel,
  scenarioPersons as persons,
} from "../../src/testing/programmeScenarioSetup.js"

const store = () => Store.InMemoryEventStore.withReadModels(Route.routeReadModels)

const withDvoQuorum = (percent: number): Governance.GovernanceModel => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  for (const body of json.bodies)
    if (body.id === "dvo") body.decisionRule = { method: "consensus", quorumPercent: percent }
  return Either.getOrThrow(Governance.decodeGovernanceModel(json))
}

const dvoMembers = (date: string) =>
  Governance.votingMembersOn(scenarioModel, Governance.BodyId.make("dvo"), Kernel.calendarDate(date))

// Two proposals accorded by the DVO: one at a full meeting, one with half of its members present.
const twoAccords = Effect.gen(function* () {
  const programme = yield* Programme.Programme
  yield* decidedRuleBook(withDvoQuorum(50))
  for (const [id, present] of [
    ["bv-vol", 1],
    ["bv-half", 0.5],
  ] as const) {
    const itemId = Route.ItemId.make(id)
    yield* at("2016-03-01")
    yield* programme.route(
      persons.drafter,
      new Route.DraftItem({ ...draftHennep, itemId, content: scenarioContent(100_000) }),
    )
    yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
    yield* at("2016-04-07")
    yield* programme.route(
      persons.stuurgroepSecretaris,
      decide("stuurgroep", "approve", `sg-${id}`, "2016-04-07", { itemId }),
    )
    yield* at("2016-05-12")
    const members = dvoMembers("2016-05-12")
    yield* programme.route(
      persons.dvoSecretaris,
      decide("dvo", "accord", `dvo-${id}`, "2016-05-12", {
        itemId,
        attendance: members.slice(0, Math.ceil(members.length * present)),
      }),
    )
  }
  return yield* Effect.flatMap(Store.EventStore, (s) => s.readAll())
})

describe("what if: history replayed under a proposed version of the rule book", () => {
  it.effect("a DVO quorum of 60% lists exactly the DVO decision taken with fewer present, refused for the quorum", () =>
    Effect.gen(function* () {
      const events = yield* twoAccords
      const differences = Programme.whatIf(events, withDvoQuorum(60))
      assert.deepStrictEqual(
        differences.map((d) => [d.streamId, d.command, d.date, d.outcome._tag === "refused" ? d.outcome.codes : []]),
        [["item-bv-half", "RecordDecision", "2016-05-12", ["decision.quorum-not-met"]]],
      )
    }).pipe(Effect.provide(programmeOn(store()))),
  )

  it.effect("the version in force replays every act as it was: no difference", () =>
    Effect.gen(function* () {
      const events = yield* twoAccords
      assert.deepStrictEqual(Programme.whatIf(events, withDvoQuorum(50)), [])
    }).pipe(Effect.provide(programmeOn(store()))),
  )

  it.effect("a rule set to signaleren lists the acts that would carry its signal", () =>
    Effect.gen(function* () {
      const events = yield* twoAccords
      const narrow = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
      narrow.programme.availableBudget = 150_000
      narrow.forces = { "budget.exceeds-available": "signaleren" }
      for (const body of narrow.bodies)
        if (body.id === "dvo") body.decisionRule = { method: "consensus", quorumPercent: 50 }
      const differences = Programme.whatIf(events, Either.getOrThrow(Governance.decodeGovernanceModel(narrow)))
      assert.deepStrictEqual(
        differences.map((d) => [d.streamId, d.outcome._tag, d.outcome.codes]),
        [["item-bv-half", "signalled", ["budget.exceeds-available"]]],
      )
    }).pipe(Effect.provide(programmeOn(store()))),
  )
})
