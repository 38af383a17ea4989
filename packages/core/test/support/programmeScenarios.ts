import { assert, describe, it } from "@effect/vitest"
import { Context, Effect, Either, Layer, Option } from "effect"
import {
  budgetLedgerStreamId,
  ClockControl,
  DecisionId,
  decisionRegister,
  DraftItem,
  EditItem,
  type EventStore,
  EventStore as EventStoreTag,
  IdGenerator,
  itemHistory,
  ItemId,
  itemOverview,
  PersonId,
  Programme,
  ProgrammeClock,
  ProgrammeRuntime,
  type ReadModelStore,
  ReadModelStore as ReadModels,
  RecordDecision,
  Refused,
  RevokeDecision,
  samenWeerbaar,
  StreamVersionConflict,
  SubmitItem,
} from "@weerbaar/core"
import { content, fullMeeting, persons } from "./routeFixtures.js"

const model = samenWeerbaar()
const itemId = ItemId.make("bv-hennep")

const decide = (
  body: string,
  outcome: RecordDecision["outcome"],
  id: string,
  date: string,
  extra: Partial<RecordDecision> = {},
) =>
  new RecordDecision({
    itemId,
    decisionId: DecisionId.make(id),
    body: body as never,
    outcome,
    ...fullMeeting(body, date),
    ...(outcome === "return" ? { remarks: "Begroting per gemeente uitsplitsen." } : {}),
    ...extra,
  })

const draftHennep = new DraftItem({
  itemId,
  kind: "beleidsvoorstel",
  draftingBody: "eg-ondermijnende-criminaliteit" as never,
  content: content(2_500_000),
})

/**
 * The approval story through the Programme service, on whatever store `storeLayer` gives: the same
 * scenarios run on the in-memory store and on SQLite.
 */
export const programmeScenarios = (
  name: string,
  storeLayer: () => Layer.Layer<EventStore | ReadModelStore, unknown>,
) => {
  /** The programme on a fresh store; `aroundStore` (a wrapper of the store) stands between them. */
  const layer = (aroundStore?: Layer.Layer<EventStore, never, EventStore>) =>
    Programme.layer.pipe(
      Layer.provideMerge(ProgrammeRuntime.layer),
      aroundStore === undefined ? (l) => l : Layer.provide(aroundStore),
      Layer.provideMerge(storeLayer()),
      Layer.provideMerge(IdGenerator.sequential),
      Layer.provideMerge(ProgrammeClock.settable("2016-03-01T09:00:00Z")),
    )
  const at = (date: string) => Effect.flatMap(ClockControl, (c) => c.set(`${date}T10:00:00Z`))

  /** The draft adopted, drafted, submitted and approved by the Stuurgroep: due at the DVO. */
  const approvedByStuurgroep = Effect.gen(function* () {
    const programme = yield* Programme
    yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
    yield* programme.route(persons.drafter, draftHennep)
    yield* programme.route(persons.trekker, new SubmitItem({ itemId }))
    yield* at("2016-04-07")
    yield* programme.route(persons.stuurgroepSecretaris, decide("stuurgroep", "approve", "besluit-sg", "2016-04-07"))
  })

  describe(`the Programme service on ${name}`, () => {
    it.effect("refuses commands before a governance model is adopted", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        const result = yield* Effect.either(programme.route(persons.drafter, draftHennep))
        assert.isTrue(Either.isLeft(result) && result.left._tag === "NoGovernanceModel")
      }).pipe(Effect.provide(layer())),
    )

    it.effect("decides a command on the model in force when it is stored, also when another writer adopted it", () =>
      Effect.gen(function* () {
        // Two programme services on one store, as two processes on one file: the office's service
        // has seen the first model; the other adopts one in which the drafter left the expert group.
        const store = yield* Layer.build(Layer.merge(storeLayer(), ProgrammeClock.settable("2016-03-01T09:00:00Z")))
        const serviceOn = () =>
          Layer.build(
            Programme.layer.pipe(Layer.provideMerge(ProgrammeRuntime.layer), Layer.provide(IdGenerator.sequential)),
          ).pipe(Effect.provide(store), Effect.map(Context.get(Programme)))
        const office = yield* serviceOn()
        const other = yield* serviceOn()
        yield* office.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        yield* office.route(persons.drafter, draftHennep)
        const left = { ...model, memberships: model.memberships.filter((m) => m.person !== persons.drafter) }
        yield* other.adoptModel(left, PersonId.make("secretaris-stuurgroep"))
        const refused = yield* Effect.flip(
          office.route(persons.drafter, new DraftItem({ ...draftHennep, itemId: ItemId.make("bv-tweede") })),
        )
        assert.isTrue(refused instanceof Refused, `refused under the new model, not ${refused._tag}`)
        const stored = yield* (yield* Effect.provide(ReadModels, store)).get(itemOverview, "bv-tweede")
        assert.isTrue(Option.isNone(stored), "nothing was stored for the refused draft")
      }).pipe(Effect.scoped),
    )

    it.effect("plays the approval story and keeps register, overview and history", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        yield* programme.route(persons.drafter, draftHennep)
        yield* programme.route(persons.trekker, new SubmitItem({ itemId }))
        yield* at("2016-03-10")
        yield* programme.route(
          persons.stuurgroepSecretaris,
          decide("stuurgroep", "return", "besluit-sg-1", "2016-03-10"),
        )
        yield* programme.route(persons.drafter, new EditItem({ itemId, content: content(2_000_000) }))
        yield* programme.route(persons.trekker, new SubmitItem({ itemId }))
        yield* at("2016-04-07")
        yield* programme.route(
          persons.stuurgroepSecretaris,
          decide("stuurgroep", "approve", "besluit-sg-2", "2016-04-07"),
        )
        yield* at("2016-05-12")
        const refused = yield* Effect.flip(
          programme.route(
            persons.dvoSecretaris,
            decide("dvo", "accord", "besluit-dvo-1", "2016-05-12", {
              attendance: fullMeeting("dvo", "2016-05-12").attendance.slice(0, 4),
            }),
          ),
        )
        assert.isTrue(refused instanceof Refused && refused.codes.includes("decision.quorum-not-met"))
        yield* programme.route(persons.dvoSecretaris, decide("dvo", "accord", "besluit-dvo-1", "2016-05-12"))

        const item = yield* programme.item(itemId)
        assert.isTrue(item.exists && item.status === "accorded" && item.version === 2)
        assert.strictEqual(item.streamVersion, 7)
        assert.deepStrictEqual(yield* programme.budget, {
          available: model.programme.availableBudget,
          committed: 2_000_000,
        })

        const readModels = yield* ReadModels
        const register = yield* readModels.query(decisionRegister, { where: { itemId } })
        assert.deepStrictEqual(
          register.rows.map((r) => [r.row.identificatie, r.row.bestuursorgaan, r.row.outcome, r.row.version]),
          [
            ["besluit-dvo-1", "dvo", "accord", 2],
            ["besluit-sg-1", "stuurgroep", "return", 1],
            ["besluit-sg-2", "stuurgroep", "approve", 2],
          ],
        )
        const overview = yield* readModels.get(itemOverview, itemId)
        assert.deepStrictEqual(
          Option.map(overview, (r) => [r.status, r.version, r.budgetTotal]).pipe(Option.getOrNull),
          ["accorded", 2, 2_000_000],
        )
        const history = yield* readModels.query(itemHistory, { where: { itemId } })
        assert.deepStrictEqual(
          history.rows.map((r) => [r.row.what, r.row.who]),
          [
            ["ItemDrafted", persons.drafter],
            ["ItemSubmitted", persons.trekker],
            ["DecisionRecorded", persons.stuurgroepSecretaris],
            ["ItemEdited", persons.drafter],
            ["ItemSubmitted", persons.trekker],
            ["DecisionRecorded", persons.stuurgroepSecretaris],
            ["DecisionRecorded", persons.dvoSecretaris],
          ],
        )

        yield* at("2016-09-01")
        yield* programme.route(
          persons.dvoSecretaris,
          new RevokeDecision({
            itemId,
            decisionId: DecisionId.make("besluit-dvo-2"),
            revokes: DecisionId.make("besluit-dvo-1"),
            body: "dvo" as never,
            ...fullMeeting("dvo", "2016-09-01"),
            rationale: "Aanpak gaat op in het VNON-convenant.",
          }),
        )
        assert.deepStrictEqual(yield* programme.budget, { available: model.programme.availableBudget, committed: 0 })
        const revoked = yield* readModels.get(decisionRegister, "besluit-dvo-1")
        assert.deepStrictEqual(
          Option.map(revoked, (r) => [r.vervaldatum, r.vervalreden, r.revokedBy]).pipe(Option.getOrNull),
          ["2016-09-01", "ingetrokken_overheid", "besluit-dvo-2"],
        )
      }).pipe(Effect.provide(layer())),
    )

    it.effect("a retried command with the same idempotency key stores one event and returns the first result", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        const first = yield* programme.route(persons.drafter, draftHennep, { idempotencyKey: "req-1" })
        const again = yield* programme.route(persons.drafter, draftHennep, { idempotencyKey: "req-1" })
        assert.isFalse(first.duplicate)
        assert.isTrue(again.duplicate)
        assert.deepStrictEqual(
          again.events.map((e) => e.position),
          first.events.map((e) => e.position),
        )
        assert.strictEqual((yield* programme.item(itemId)).streamVersion, 1)
      }).pipe(Effect.provide(layer())),
    )

    it.effect("a retried accord answers with its item's version, not the budget ledger's it also wrote", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* approvedByStuurgroep
        yield* at("2016-05-12")
        const accord = decide("dvo", "accord", "besluit-dvo", "2016-05-12")
        const first = yield* programme.route(persons.dvoSecretaris, accord, { idempotencyKey: "accord-1" })
        const again = yield* programme.route(persons.dvoSecretaris, accord, { idempotencyKey: "accord-1" })
        assert.isTrue(
          first.events.some((e) => e.streamId !== first.events[0]!.streamId),
          "the ledger was written too",
        )
        assert.strictEqual(first.streamVersion, 4)
        assert.isTrue(again.duplicate)
        assert.strictEqual(again.streamVersion, first.streamVersion)
      }).pipe(Effect.provide(layer())),
    )

    it.effect("an executed command carries its stream's state after it, as a later read gives it", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        const drafted = yield* programme.route(persons.drafter, draftHennep)
        const submitted = yield* programme.route(persons.trekker, new SubmitItem({ itemId }))
        assert.isTrue(drafted.state.exists && drafted.state.status === "draft")
        const { streamVersion, ...read } = yield* programme.item(itemId)
        assert.deepStrictEqual(submitted.state, read)
        assert.strictEqual(submitted.streamVersion, streamVersion)
      }).pipe(Effect.provide(layer())),
    )

    it.effect(
      "a command expecting a new stream is a conflict once the stream exists, and a refusal on a new one stands",
      () =>
        Effect.gen(function* () {
          const programme = yield* Programme
          yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
          const drafted = yield* programme.route(persons.drafter, draftHennep, { expectedVersion: 0 })
          assert.strictEqual(drafted.streamVersion, 1)
          // The stream is no longer new: a conflict, not the refusal a decision on an empty stream would give.
          const again = yield* Effect.flip(programme.route(persons.drafter, draftHennep, { expectedVersion: 0 }))
          assert.strictEqual(again._tag, "StreamVersionConflict")
          const submitted = yield* Effect.flip(
            programme.route(persons.trekker, new SubmitItem({ itemId }), { expectedVersion: 0 }),
          )
          assert.strictEqual(
            submitted._tag,
            "StreamVersionConflict",
            "refused on the empty stream assumed, but it is not new",
          )
          const submitEarly = yield* Effect.flip(
            programme.route(persons.trekker, new SubmitItem({ itemId: ItemId.make("bv-nieuw") }), {
              expectedVersion: 0,
            }),
          )
          assert.isTrue(submitEarly instanceof Refused, "a refusal on a stream that is new indeed stands")
          const item = yield* programme.item(itemId)
          assert.isTrue(item.exists && item.version === 1 && item.streamVersion === 1)
        }).pipe(Effect.provide(layer())),
    )

    it.effect("an accord under the item's ETag is decided again when another writer changed the budget ledger", () => {
      // The store answers the accord's first append as if another writer had just changed the ledger.
      let conflicts = 0
      const ledgerChangedOnce = Layer.effect(
        EventStoreTag,
        Effect.map(EventStoreTag, (store) => ({
          ...store,
          append: (writes, metadata) =>
            conflicts === 0 && writes.some((w) => w.streamId === budgetLedgerStreamId)
              ? Effect.suspend(() => {
                  conflicts++
                  return Effect.fail(
                    new StreamVersionConflict({ streamId: budgetLedgerStreamId, expectedVersion: 0, actualVersion: 1 }),
                  )
                })
              : store.append(writes, metadata),
        })),
      )
      return Effect.gen(function* () {
        const programme = yield* Programme
        yield* approvedByStuurgroep
        yield* at("2016-05-12")
        const before = yield* programme.item(itemId)
        const accorded = yield* programme.route(
          persons.dvoSecretaris,
          decide("dvo", "accord", "besluit-dvo", "2016-05-12"),
          { expectedVersion: before.streamVersion },
        )
        assert.strictEqual(conflicts, 1, "the ledger's change was met once")
        assert.strictEqual(accorded.streamVersion, before.streamVersion + 1)
        const item = yield* programme.item(itemId)
        assert.isTrue(item.exists && item.status === "accorded")
        assert.deepStrictEqual(yield* programme.budget, {
          available: model.programme.availableBudget,
          committed: 2_500_000,
        })
      }).pipe(Effect.provide(layer(ledgerChangedOnce)))
    })

    it.effect("a command with a stale expected version is a conflict and changes nothing", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        yield* programme.route(persons.drafter, draftHennep)
        const conflict = yield* Effect.flip(
          programme.route(persons.trekker, new SubmitItem({ itemId }), { expectedVersion: 0 }),
        )
        assert.strictEqual(conflict._tag, "StreamVersionConflict")
        const item = yield* programme.item(itemId)
        assert.isTrue(item.exists && item.status === "draft")
      }).pipe(Effect.provide(layer())),
    )

    it.effect("only a person acting for the DVO or the Stuurgroep adopts a new governance model", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        const refused = yield* Effect.flip(programme.adoptModel(model, persons.drafter))
        assert.isTrue(refused instanceof Refused && refused.codes[0] === "governance.may-not-adopt")
        yield* programme.adoptModel(model, PersonId.make("secretaris-dvo"))
      }).pipe(Effect.provide(layer())),
    )

    it.effect("allowedActions tells each person what they may do now and why not the rest", () =>
      Effect.gen(function* () {
        const programme = yield* Programme
        yield* programme.adoptModel(model, PersonId.make("secretaris-stuurgroep"))
        yield* programme.route(persons.drafter, draftHennep)
        yield* programme.route(persons.trekker, new SubmitItem({ itemId }))
        const forSecretary = yield* programme.allowedActions(persons.stuurgroepSecretaris, itemId)
        const approve = forSecretary.find(
          (a) => a.action === "decide" && a.body === "stuurgroep" && a.outcome === "approve",
        )
        assert.isTrue(approve?.allowed)
        const forDvo = yield* programme.allowedActions(persons.dvoSecretaris, itemId)
        const accord = forDvo.find((a) => a.action === "decide" && a.body === "dvo" && a.outcome === "accord")
        assert.isFalse(accord?.allowed)
        assert.includeMembers(accord?.reasons.map((r) => r.code) ?? [], ["route.previous-step-not-approved"])
        assert.notInclude(accord?.reasons.map((r) => r.code) ?? [], "route.not-your-turn")
      }).pipe(Effect.provide(layer())),
    )
  })
}
