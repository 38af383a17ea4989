import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { BodyId, DraftItem, ItemId, Practices, Programme, Refused, samenWeerbaar, SubmitItem } from "@weerbaar/core"
import { on, storeLayer } from "../support/handoverStory.js"
import { persons, practiceId, register } from "../support/practiceFixtures.js"

describe("the practice policy inside Programme.route", () => {
  it.effect("a refused handover reports the route's and the practices' rules together, and writes nothing", () =>
    Effect.gen(function* () {
      const programme = yield* Programme
      const practices = yield* Practices
      yield* on("2016-06-01")
      yield* programme.adoptModel(samenWeerbaar(), persons.stuurgroep)
      yield* practices.execute(persons.lid, register())
      const itemId = ItemId.make("overdracht-te-vroeg")
      yield* programme.route(
        persons.stuurgroep,
        new DraftItem({
          itemId,
          kind: "overdracht",
          draftingBody: BodyId.make("stuurgroep"),
          content: { title: "Te vroeg", description: "", budget: [], practices: [practiceId] },
        }),
      )
      const refused = yield* Effect.flip(programme.route(persons.lid, new SubmitItem({ itemId })))
      assert.isTrue(refused instanceof Refused)
      assert.sameMembers([...(refused as Refused).codes], ["authority.may-not-act-for-body", "handover.not-evaluated"])
      const item = yield* programme.item(itemId)
      assert.isTrue(item.exists && item.status === "draft" && item.streamVersion === 1)
      assert.strictEqual((yield* practices.practice(practiceId)).streamVersion, 1)
    }).pipe(Effect.provide(storeLayer())),
  )
})
