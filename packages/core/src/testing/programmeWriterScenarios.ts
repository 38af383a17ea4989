import { decidedRuleBook } from "./decidedRuleBook.js"
import { Kernel, Programme, Route, Store } from "@weerbaar/core"
import { deepStrictEqual, ok, strictEqual } from "node:assert/strict"
import { Context, Effect, Layer, Option } from "effect"
import {
  adopted,
  approvedByStuurgroep,
  at,
  decide,
  draftHennep,
  type ProgrammeScenario,
  programmeOn,
  scenarioItemId as itemId,
  scenarioModel as model,
  scenarioPersons as persons,
} from "./programmeScenarioSetup.js"

/**
 * The scenarios of retries and of other writers on the same store: idempotency keys, expected
 * versions and conflicts. Part of {@link programmeScenarios}.
 */
export const writerScenarios: ReadonlyArray<ProgrammeScenario> = [
  {
    name: "decides a command on the model in force when it is stored, also when another writer adopted it",
    run: (storeLayer) =>
      Effect.gen(function* () {
        // Two programme services on one store, as two processes on one file: the office's service
        // has seen the first model; the other adopts one in which the drafter left the expert group.
        const store = yield* Layer.build(Layer.merge(storeLayer, Store.ProgrammeClock.settable("2016-03-01T09:00:00Z")))
        const serviceOn = () =>
          Layer.build(
            Programme.Programme.layer.pipe(
              Layer.provideMerge(Programme.ProgrammeRuntime.layer),
              Layer.provide(Store.IdGenerator.sequential),
            ),
          ).pipe(Effect.provide(store), Effect.map(Context.get(Programme.Programme)))
        const office = yield* serviceOn()
        const other = yield* serviceOn()
        yield* decidedRuleBook(model).pipe(Effect.provideService(Programme.Programme, office))
        yield* office.route(persons.drafter, draftHennep)
        const left = { ...model, memberships: model.memberships.filter((m) => m.person !== persons.drafter) }
        yield* other.adoptModel(left, persons.trekker)
        const refused = yield* Effect.flip(
          office.route(
            persons.drafter,
            new Route.DraftItem({ ...draftHennep, itemId: Route.ItemId.make("bv-tweede") }),
          ),
        )
        ok(refused instanceof Kernel.Refused, `refused under the new model, not ${refused._tag}`)
        const stored = yield* (yield* Effect.provide(Store.ReadModelStore, store)).get(Route.itemOverview, "bv-tweede")
        ok(Option.isNone(stored), "nothing was stored for the refused draft")
      }).pipe(Effect.scoped),
  },
  {
    name: "a retried command with the same idempotency key stores one event and returns the first result",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        const first = yield* programme.route(persons.drafter, draftHennep, { idempotencyKey: "req-1" })
        const again = yield* programme.route(persons.drafter, draftHennep, { idempotencyKey: "req-1" })
        strictEqual(first.duplicate, false)
        strictEqual(again.duplicate, true)
        deepStrictEqual(
          again.events.map((e) => e.position),
          first.events.map((e) => e.position),
        )
        strictEqual((yield* programme.item(itemId)).streamVersion, 1)
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "a retried accord answers with its item's version, not the budget ledger's it also wrote",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* approvedByStuurgroep
        yield* at("2016-05-12")
        const accord = decide("dvo", "accord", "besluit-dvo", "2016-05-12")
        const first = yield* programme.route(persons.dvoSecretaris, accord, { idempotencyKey: "accord-1" })
        const again = yield* programme.route(persons.dvoSecretaris, accord, { idempotencyKey: "accord-1" })
        ok(
          first.events.some((e) => e.streamId !== first.events[0]!.streamId),
          "the ledger was written too",
        )
        strictEqual(first.streamVersion, 4)
        strictEqual(again.duplicate, true)
        strictEqual(again.streamVersion, first.streamVersion)
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "a command expecting a new stream is a conflict once the stream exists, and a refusal on a new one stands",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        const drafted = yield* programme.route(persons.drafter, draftHennep, { expectedVersion: 0 })
        strictEqual(drafted.streamVersion, 1)
        // The stream is no longer new: a conflict, not the refusal a decision on an empty stream would give.
        const again = yield* Effect.flip(programme.route(persons.drafter, draftHennep, { expectedVersion: 0 }))
        strictEqual(again._tag, "StreamVersionConflict")
        const submitted = yield* Effect.flip(
          programme.route(persons.trekker, new Route.SubmitItem({ itemId }), { expectedVersion: 0 }),
        )
        strictEqual(submitted._tag, "StreamVersionConflict", "refused on the empty stream assumed, but it is not new")
        const submitEarly = yield* Effect.flip(
          programme.route(persons.trekker, new Route.SubmitItem({ itemId: Route.ItemId.make("bv-nieuw") }), {
            expectedVersion: 0,
          }),
        )
        ok(submitEarly instanceof Kernel.Refused, "a refusal on a stream that is new indeed stands")
        const item = yield* programme.item(itemId)
        ok(item.exists && item.version === 1 && item.streamVersion === 1)
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "an accord under the item's ETag is decided again when another writer changed the budget ledger",
    run: (store) => {
      // The store answers the accord's first append as if another writer had just changed the ledger.
      let conflicts = 0
      const ledgerChangedOnce = Layer.effect(
        Store.EventStore,
        Effect.map(Store.EventStore, (inner) => ({
          ...inner,
          append: (writes, metadata) =>
            conflicts === 0 && writes.some((w) => w.streamId === Route.budgetLedgerStreamId)
              ? Effect.suspend(() => {
                  conflicts++
                  return Effect.fail(
                    new Store.StreamVersionConflict({
                      streamId: Route.budgetLedgerStreamId,
                      expectedVersion: 0,
                      actualVersion: 1,
                    }),
                  )
                })
              : inner.append(writes, metadata),
        })),
      )
      return Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* approvedByStuurgroep
        yield* at("2016-05-12")
        const before = yield* programme.item(itemId)
        const accorded = yield* programme.route(
          persons.dvoSecretaris,
          decide("dvo", "accord", "besluit-dvo", "2016-05-12"),
          { expectedVersion: before.streamVersion },
        )
        strictEqual(conflicts, 1, "the ledger's change was met once")
        strictEqual(accorded.streamVersion, before.streamVersion + 1)
        const item = yield* programme.item(itemId)
        ok(item.exists && item.status === "accorded")
        deepStrictEqual(yield* programme.budget, { available: model.programme.availableBudget, committed: 2_500_000 })
      }).pipe(Effect.provide(programmeOn(store, ledgerChangedOnce)))
    },
  },
  {
    name: "a command with a stale expected version is a conflict and changes nothing",
    run: (store) =>
      Effect.gen(function* () {
        const programme = yield* Programme.Programme
        yield* adopted
        yield* programme.route(persons.drafter, draftHennep)
        const conflict = yield* Effect.flip(
          programme.route(persons.trekker, new Route.SubmitItem({ itemId }), { expectedVersion: 0 }),
        )
        strictEqual(conflict._tag, "StreamVersionConflict")
        const item = yield* programme.item(itemId)
        ok(item.exists && item.status === "draft")
      }).pipe(Effect.provide(programmeOn(store))),
  },
]
