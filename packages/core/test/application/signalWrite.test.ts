import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc } from "effect"
import { Kernel, Programme, type Store } from "@weerbaar/core"

const at = Kernel.timestampOf(new Date("2016-05-12T10:00:00Z"))
const signal = (code: string) =>
  new Kernel.RuleViolation({
    code,
    rule: { nl: "Regel.", en: "Rule." },
    facts: { amount: 1 },
    explanation: { nl: "Uitleg.", en: "Explanation." },
  })
const write: fc.Arbitrary<Store.StreamWrite> = fc.record({
  streamId: fc.constantFrom("item-bv-1", "programme-budget", "governance"),
  expectedVersion: fc.nat({ max: 20 }),
  events: fc.array(fc.constant({ type: "Something", schemaVersion: 1, payload: {} }), { maxLength: 2 }),
})

describe("the write that stores an act's signals", () => {
  it("is there exactly when the act has signals and events: one RuleSignalled each, on a new stream after the act's first event", () => {
    fc.assert(
      fc.property(
        fc.array(write, { maxLength: 4 }),
        fc.array(fc.constantFrom("a.b", "c.d"), { maxLength: 3 }),
        (writes, codes) => {
          const signalled = Programme.signalWrite(writes, codes.map(signal), "secretaris-dvo", at)
          const act = writes.find((w) => w.events.length > 0)
          if (codes.length === 0 || act === undefined) return assert.isUndefined(signalled)
          assert.strictEqual(signalled?.streamId, Programme.signalStreamId(act.streamId, act.expectedVersion + 1))
          assert.strictEqual(signalled?.expectedVersion, 0)
          const decoded = (signalled?.events ?? []).map((e, i) =>
            Either.getOrThrow(
              Programme.signalEventCodec.fromStored({
                ...e,
                streamId: signalled!.streamId,
                version: i + 1,
                position: i + 1,
                metadata: {},
                recordedAt: at,
                hash: "",
              }),
            ),
          )
          assert.deepStrictEqual(
            decoded.map((s) => [s.code, s.streamId, s.version, s.actor, s.at]),
            codes.map((code) => [code, act.streamId, act.expectedVersion + 1, "secretaris-dvo", at]),
          )
        },
      ),
    )
  })
})
