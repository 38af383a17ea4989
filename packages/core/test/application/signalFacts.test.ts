import { decidedRuleBook } from "@weerbaar/core/testing"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Layer } from "effect"
import { Governance, Health, Kernel, Practice, Programme, Store } from "@weerbaar/core"
import { persons, practiceId, register } from "../support/practiceFixtures.js"

// A model that signals a pilot in a municipality the Stuurgroep did not designate.
const localInitiative = Either.getOrThrow(
  Governance.decodeGovernanceModel({
    ...JSON.parse(JSON.stringify(Governance.samenWeerbaarJson())),
    forces: { "track.not-a-pilot-municipality": "signaleren" },
  }),
)

const services = Layer.mergeAll(Programme.Programme.layer, Practice.Practices.layer, Practice.Tracks.layer).pipe(
  Layer.provideMerge(Programme.ProgrammeRuntime.layer),
  Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
  Layer.provideMerge(Store.IdGenerator.sequential),
  Layer.provideMerge(Store.ProgrammeClock.settable("2016-03-01T09:00:00Z")),
)

describe("what a signal says of its act", () => {
  it.effect("Ede's own pilot is stored with a signal that names Ede, the measure and the reason given", () =>
    Effect.gen(function* () {
      yield* decidedRuleBook(localInitiative)
      yield* (yield* Practice.Practices).execute(persons.lid, register())
      const moved = yield* (yield* Practice.Tracks).execute(
        persons.ede,
        new Practice.MoveTrack({
          practiceId,
          municipality: Governance.OrganisationId.make("ede"),
          to: "pilot",
          on: Kernel.calendarDate("2016-03-01"),
          reason: "Ede begint op eigen initiatief.",
        }),
      )
      assert.deepStrictEqual(
        moved.signals.map((s) => s.code),
        ["track.not-a-pilot-municipality"],
      )
      const rows = yield* Store.queryAll(yield* Store.ReadModelStore, Programme.signalRegister, {
        municipality: "ede",
      })
      assert.deepStrictEqual(
        rows.map((r) => [r.code, r.municipality, r.practiceId, r.reason, r.itemId, r.body, r.date]),
        [
          [
            "track.not-a-pilot-municipality",
            "ede",
            practiceId,
            "Ede begint op eigen initiatief.",
            undefined,
            undefined,
            "2016-03-01",
          ],
        ],
      )
    }).pipe(Effect.provide(services)),
  )

  it.effect("health lists the signals per rule; a rule that asks a reason leaves none unexplained", () =>
    Effect.gen(function* () {
      yield* decidedRuleBook(localInitiative)
      yield* (yield* Practice.Practices).execute(persons.lid, register())
      const pilot = (person: Governance.PersonId, municipality: string, reason?: string) =>
        Effect.flatMap(Practice.Tracks, (tracks) =>
          tracks.execute(
            person,
            new Practice.MoveTrack({
              practiceId,
              municipality: Governance.OrganisationId.make(municipality),
              to: "pilot",
              on: Kernel.calendarDate("2016-03-01"),
              ...(reason === undefined ? {} : { reason }),
            }),
          ),
        )
      yield* pilot(persons.ede, "ede", "Ede begint op eigen initiatief.")
      const unexplained = yield* Effect.flip(pilot(persons.rheden, "rheden"))
      assert.deepStrictEqual(unexplained._tag === "Refused" ? unexplained.codes : [], ["signal.reason-required"])
      yield* pilot(persons.rheden, "rheden", "Rheden nam het initiatief.")
      const readModels = yield* Store.ReadModelStore
      const section = yield* Health.complyOrExplain(readModels, Kernel.calendarDate("2016-03-01"))
      assert.deepStrictEqual(section.byRule, [{ code: "track.not-a-pilot-municipality", count: 2 }])
      assert.deepStrictEqual(section.openByMunicipality, [])
      const before = yield* Health.complyOrExplain(readModels, Kernel.calendarDate("2016-02-29"))
      assert.deepStrictEqual([before.byRule, before.openByMunicipality], [[], []])
    }).pipe(Effect.provide(services)),
  )

  it("a RuleSignalled stored before signals named their act still decodes, and names no municipality", () => {
    const stored = {
      position: 7,
      streamId: "signal-item-bv-1-3",
      version: 1,
      type: "RuleSignalled",
      schemaVersion: 1,
      metadata: {},
      recordedAt: "2016-05-12T10:00:00.000Z",
      payload: {
        _tag: "RuleSignalled",
        code: "budget.exceeds-available",
        rule: { nl: "regel", en: "rule" },
        facts: { requested: 1 },
        explanation: { nl: "uitleg", en: "explanation" },
        streamId: "item-bv-1",
        version: 3,
        actor: "secretaris-dvo",
        at: "2016-05-12T10:00:00.000Z",
      },
    } as unknown as Store.StoredEvent
    const decoded = Programme.signalEventCodec.fromStored(stored)
    assert.isTrue(Either.isRight(decoded))
    const [change] = Programme.signalRegister.apply(stored, new Map())
    assert.strictEqual(change?.row?.itemId, "bv-1")
    assert.isUndefined(change?.row?.municipality)
  })
})
