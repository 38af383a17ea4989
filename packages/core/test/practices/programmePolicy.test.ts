import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { on, storeLayer } from "../support/handoverStory.js"
import { persons, practiceId, register } from "../support/practiceFixtures.js"

describe("the practice policy inside Programme.route", () => {
  it.effect("a refused handover reports the route's and the practices' rules together, and writes nothing", () =>
    Effect.gen(function* () {
      const programme = yield* Programme.Programme
      const practices = yield* Practice.Practices
      yield* on("2016-06-01")
      yield* decidedRuleBook(Governance.samenWeerbaar())
      yield* practices.execute(persons.lid, register())
      const itemId = Route.ItemId.make("overdracht-te-vroeg")
      yield* programme.route(
        persons.stuurgroep,
        new Route.DraftItem({
          itemId,
          kind: "overdracht",
          draftingBody: Governance.BodyId.make("stuurgroep"),
          content: { title: "Te vroeg", description: "", budget: [], practices: [practiceId] },
        }),
      )
      const refused = yield* Effect.flip(
        programme.route(persons.lid, new Route.SubmitItem({ itemId, reason: "Als concept, vóór de evaluatie." })),
      )
      assert.isTrue(refused instanceof Kernel.Refused)
      assert.sameMembers(
        [...(refused as Kernel.Refused).codes],
        ["authority.may-not-act-for-body", "handover.not-evaluated", "handover.not-documented"],
      )
      const item = yield* programme.item(itemId)
      assert.isTrue(item.exists && item.status === "draft" && item.streamVersion === 1)
      assert.strictEqual((yield* practices.practice(practiceId)).streamVersion, 1)
    }).pipe(Effect.provide(storeLayer())),
  )
})
