import { Governance, Programme, Route, Store } from "@weerbaar/core"
import { deepStrictEqual, ok, strictEqual } from "node:assert/strict"
import { decidedRuleBook } from "./decidedRuleBook.js"
import { Effect, Either, Layer } from "effect"
import {
  at,
  decide,
  draftHennep,
  type ProgrammeScenario,
  programmeOn,
  scenarioItemId as itemId,
  scenarioModel,
  scenarioPersons as persons,
} from "./programmeScenarioSetup.js"

// 25.000 euro asked, 10.000 available: the DVO's accord is beyond the budget ledger's envelope.
const narrowModel = (forces?: Governance.RuleForces): Governance.GovernanceModel => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  json.programme.availableBudget = 1_000_000
  return Either.getOrThrow(Governance.decodeGovernanceModel(forces === undefined ? json : { ...json, forces }))
}
const signalling = narrowModel({ "budget.exceeds-available": "signaleren" })
const itemStream = Route.itemStreamId(itemId)

// Up to the DVO's turn, then the accord; `before` runs just before it.
const accordUnder = <A, E, R>(
  model: Governance.GovernanceModel,
  before: Effect.Effect<A, E, R>,
  options?: Programme.ExecuteOptions,
) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    yield* decidedRuleBook(model)
    yield* programme.route(persons.drafter, draftHennep)
    yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
    yield* at("2016-04-07")
    yield* programme.route(persons.stuurgroepSecretaris, decide("stuurgroep", "approve", "besluit-sg", "2016-04-07"))
    yield* at("2016-05-12")
    yield* before
    return yield* Effect.either(
      programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo", "2016-05-12"), options),
    )
  })

// The accord again with the same idempotency key: what a retried request gets.
const retried = Effect.flatMap(Programme.Programme, (programme) =>
  programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo", "2016-05-12"), {
    idempotencyKey: "accord-once",
  }),
)

// A store that, once `before` is set, reads as it stood before that position and finds no request
// by its key, as a retry racing the first request does: the runtime decides again on the same
// state and the append finds the key.
const racingRetry = (race: { before?: number }) =>
  Layer.effect(
    Store.EventStore,
    Effect.map(Store.EventStore, (store) => ({
      ...store,
      readByIdempotencyKey: (key: string) =>
        race.before === undefined ? store.readByIdempotencyKey(key) : Effect.succeed([]),
      readStream: (streamId: string) =>
        Effect.map(store.readStream(streamId), (events) =>
          events.filter((e) => race.before === undefined || e.position < race.before),
        ),
    })),
  )

const signalsStored = Effect.gen(function* () {
  const store = yield* Store.EventStore
  const all = yield* store.readAll()
  const rows = yield* Store.queryAll(yield* Store.ReadModelStore, Programme.signalRegister)
  return { signals: all.filter((e) => e.type === "RuleSignalled" || e.streamId.startsWith("signal-")), rows }
})

/**
 * What a store must do with signals (ADR 0017): keep a `RuleSignalled` in the same append as the
 * act it lets through, keep neither when the append fails, and keep the `signal-register` with
 * the log. Give each scenario a fresh store that keeps `programmeReadModels`.
 * @category testing
 */
export const signalScenarios: ReadonlyArray<ProgrammeScenario> = [
  {
    name: "stores an accord beyond the envelope with one RuleSignalled on its own stream, in one append",
    run: (store) =>
      Effect.gen(function* () {
        const events = yield* Store.EventStore
        const accorded = yield* accordUnder(signalling, Effect.void)
        if (Either.isLeft(accorded)) return yield* Effect.fail(accorded.left)
        const stored = accorded.right.events
        deepStrictEqual(
          stored.map((e) => e.type),
          ["DecisionRecorded", "BudgetCommitted", "RuleSignalled"],
        )
        const first = stored[0]!
        deepStrictEqual(
          stored.map((e) => e.position),
          [first.position, first.position + 1, first.position + 2],
        )
        const signalStream = Programme.signalStreamId(itemStream, first.version)
        const onItsStream = yield* events.readStream(signalStream)
        strictEqual(onItsStream.length, 1)
        const signal = Either.getOrThrow(Programme.signalEventCodec.fromStored(onItsStream[0]!))
        strictEqual(signal.code, "budget.exceeds-available")
        strictEqual(signal.streamId, itemStream)
        strictEqual(signal.version, first.version)
        strictEqual(signal.actor, persons.dvoSecretaris)
        deepStrictEqual(signal.explanation, accorded.right.signals[0]?.explanation)
        const { rows } = yield* signalsStored
        deepStrictEqual(
          rows.map((r) => [r.itemId, r.decisionId, r.body, r.streamId, r.version, r.code, r.date]),
          [[itemId, "besluit-dvo", "dvo", itemStream, first.version, "budget.exceeds-available", "2016-05-12"]],
        )
        strictEqual(signal.decisionId, "besluit-dvo")
        strictEqual(signal.body, "dvo")
        const readModels = yield* Store.ReadModelStore
        yield* readModels.rebuild
        deepStrictEqual(yield* Store.queryAll(readModels, Programme.signalRegister), rows)
        // The decision register's view: the DVO's decision carried the signal, the Stuurgroep's none.
        const byDecision = yield* Programme.decisionSignals(readModels)
        deepStrictEqual(
          [...byDecision].map(([decision, signals]) => [decision, signals.map((r) => r.code)]),
          [["besluit-dvo", ["budget.exceeds-available"]]],
        )
        strictEqual((yield* Programme.decisionSignals(readModels, "besluit-sg")).size, 0)
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "a failing append stores neither the act nor its signal",
    run: (store) =>
      Effect.gen(function* () {
        const events = yield* Store.EventStore
        // Another writer took the stream the signal would go on: the whole append conflicts.
        const takeSignalStream = Effect.flatMap(events.streamVersion(itemStream), (version) =>
          events.append(
            [
              {
                streamId: Programme.signalStreamId(itemStream, version + 1),
                expectedVersion: 0,
                events: [{ type: "Placeholder", schemaVersion: 1, payload: {} }],
              },
            ],
            {},
          ),
        )
        const before = { version: 0, budget: 0 }
        const accorded = yield* accordUnder(
          signalling,
          Effect.gen(function* () {
            before.version = yield* events.streamVersion(itemStream)
            before.budget = yield* events.streamVersion(Route.budgetLedgerStreamId)
            yield* takeSignalStream
          }),
        )
        ok(Either.isLeft(accorded) && accorded.left._tag === "StreamVersionConflict")
        strictEqual(yield* events.streamVersion(itemStream), before.version)
        strictEqual(yield* events.streamVersion(Route.budgetLedgerStreamId), before.budget)
        const { signals, rows } = yield* signalsStored
        deepStrictEqual(
          signals.map((e) => e.type),
          ["Placeholder"],
        )
        deepStrictEqual(rows, [])
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "under the preset, whose budget envelope refuses, no signal is stored on the approval route",
    run: (store) =>
      Effect.gen(function* () {
        const refused = yield* accordUnder(narrowModel(), Effect.void)
        ok(Either.isLeft(refused) && refused.left._tag === "Refused")
        const programme = yield* Programme.Programme
        yield* decidedRuleBook(scenarioModel)
        const accorded = yield* Effect.either(
          programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo", "2016-05-12")),
        )
        ok(Either.isRight(accorded), "the preset's envelope holds the accord")
        deepStrictEqual(yield* signalsStored, { signals: [], rows: [] })
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "an idempotent retry of a signalled accord returns the signals stored with it, and stores nothing",
    run: (store) =>
      Effect.gen(function* () {
        const accorded = yield* accordUnder(signalling, Effect.void, { idempotencyKey: "accord-once" })
        if (Either.isLeft(accorded)) return yield* Effect.fail(accorded.left)
        const again = yield* retried
        ok(again.duplicate)
        deepStrictEqual(again.signals, accorded.right.signals)
        strictEqual((yield* signalsStored).rows.length, 1)
      }).pipe(Effect.provide(programmeOn(store))),
  },
  {
    name: "a retry that finds its key only on append returns the signals stored with the first request",
    run: (store) => {
      const race: { before?: number } = {}
      return Effect.gen(function* () {
        const accorded = yield* accordUnder(signalling, Effect.void, { idempotencyKey: "accord-once" })
        if (Either.isLeft(accorded)) return yield* Effect.fail(accorded.left)
        race.before = accorded.right.events[0]!.position
        const again = yield* retried
        ok(again.duplicate)
        deepStrictEqual(again.signals, accorded.right.signals)
        strictEqual((yield* signalsStored).rows.length, 1)
      }).pipe(Effect.provide(programmeOn(store, racingRetry(race))))
    },
  },
]
