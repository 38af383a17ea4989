import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Kernel, Programme } from "@weerbaar/core"

const at = Kernel.timestampOf(new Date("2016-12-01T10:00:00Z"))
const signal = (reason?: string) =>
  new Kernel.RuleViolation({
    code: "track.exemption-required",
    rule: { nl: "Regel.", en: "Rule." },
    facts: { practice: "bp-integrale-hennepaanpak", municipality: "rozendaal" },
    explanation: { nl: "Uitleg.", en: "Explanation." },
    asksReason: true,
    ...(reason === undefined ? {} : { reason }),
  })
const stored = (payload: unknown) => ({
  type: "RuleSignalled",
  schemaVersion: 1,
  payload,
  streamId: "signal-track-x-2",
  version: 1,
  position: 1,
  metadata: {},
  recordedAt: at,
  hash: "",
})
const decode = (payload: unknown) => Either.getOrThrow(Programme.signalEventCodec.fromStored(stored(payload) as never))

describe("the actor's reason on a stored signal (comply or explain)", () => {
  it("is stored on the RuleSignalled of its signal, and read back", () => {
    const reason = "Hennepteelt komt in Rozendaal niet voor."
    const write = Programme.signalWrite(
      [{ streamId: "track-x", expectedVersion: 1, events: [{ type: "TrackMoved", schemaVersion: 1, payload: {} }] }],
      [signal(reason)],
      "burgemeester-rozendaal",
      at,
    )
    const event = write?.events[0]
    assert.strictEqual((event?.payload as { reason?: string } | undefined)?.reason, reason)
    assert.strictEqual(decode(event?.payload).reason, reason)
  })

  it("a signal without a reason stores none, and a RuleSignalled stored before reasons existed still decodes", () => {
    const event = Programme.ruleSignalled(signal(), {
      streamId: "track-x",
      version: 2,
      actor: "burgemeester-rozendaal",
      at,
    })
    assert.isUndefined(event.reason)
    const old = {
      _tag: "RuleSignalled",
      code: "budget.exceeds-available",
      rule: { nl: "Regel.", en: "Rule." },
      facts: { shortfall: 100 },
      explanation: { nl: "Uitleg.", en: "Explanation." },
      streamId: "item-bv-1",
      version: 7,
      actor: "secretaris-dvo",
      at,
    }
    const decoded = decode(old)
    assert.strictEqual(decoded.code, "budget.exceeds-available")
    assert.isUndefined(decoded.reason)
  })
})

describe("Kernel.explained: a signalled rule that asks a reason", () => {
  it("takes the command's reason onto the signal, and refuses by signal.reason-required without one", () => {
    const plain = new Kernel.RuleViolation({
      code: "budget.exceeds-available",
      rule: { nl: "Regel.", en: "Rule." },
      facts: {},
      explanation: { nl: "Uitleg.", en: "Explanation." },
    })
    const withReason = Kernel.explained([signal(), plain], "Omdat.")
    assert.deepStrictEqual(
      withReason.signals.map((s) => [s.code, s.reason]),
      [
        ["track.exemption-required", "Omdat."],
        ["budget.exceeds-available", undefined],
      ],
    )
    assert.deepStrictEqual(withReason.refusing, [])
    const without = Kernel.explained([signal(), plain], undefined)
    assert.deepStrictEqual(
      without.refusing.map((v) => [v.code, v.facts, v.invariant]),
      [["signal.reason-required", { rule: "track.exemption-required" }, true]],
    )
    assert.deepStrictEqual(without.signals, [])
  })
})
