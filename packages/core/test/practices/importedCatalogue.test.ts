import { assert, describe, it } from "@effect/vitest"
import { Kernel, Practice, Store } from "@weerbaar/core"
import { imported, revise, vnonChair, vnonCtx, vnonMember } from "../support/importedFixtures.js"
import { evaluation, practiceId } from "../support/practiceFixtures.js"

const stored = (events: ReadonlyArray<Practice.PracticeEvent>): ReadonlyArray<Store.StoredEvent> =>
  events.map((event, i) => {
    const written = Practice.practiceEventCodec.toNewEvent(event)
    return {
      position: i + 1,
      streamId: Practice.practiceStreamId(practiceId),
      version: i + 1,
      type: written.type,
      schemaVersion: written.schemaVersion,
      payload: written.payload,
      metadata: {},
      recordedAt: event.at,
      hash: "",
    } as Store.StoredEvent
  })

const decide = (
  history: ReadonlyArray<Practice.PracticeEvent>,
  command: Practice.PracticeCommand,
  ctx: Kernel.DecisionContext,
) => {
  const result = Practice.practiceDecider.decide(command, Kernel.fold(Practice.practiceDecider, history), ctx)
  if (result._tag === "Left") throw new Error(result.left.message)
  return [...history, ...result.right.events]
}

describe("the catalogue row of a practice the network took over", () => {
  it("shows the version, the package digest and the last revision, and keeps the network's status through evaluation and execution", () => {
    let history = imported()
    history = decide(history, new Practice.StartExecution({ practiceId }), vnonCtx(vnonChair))
    history = decide(
      history,
      new Practice.RecordEvaluation({
        practiceId,
        evaluation: evaluation("uitvoering", "goed-onderbouwd", "ev-vnon", "2017-03-01"),
      }),
      vnonCtx(vnonMember),
    )
    history = decide(history, revise("Per district."), vnonCtx(vnonMember))
    const rows = new Map<string, Map<string, unknown>>()
    Store.projectInto(rows, [Practice.practiceCatalogue], stored(history))
    const row = rows.get("practice-catalogue")?.get(practiceId) as Practice.PracticeRow
    assert.strictEqual(row.status, "overgedragen")
    assert.strictEqual(row.version, 2)
    assert.strictEqual(row.packageDigest, "a".repeat(64))
    assert.strictEqual(row.evaluations, 2)
    assert.deepStrictEqual(row.lastRevision && { by: row.lastRevision.by, reason: row.lastRevision.reason }, {
      by: "lid-eg-ondermijning-vnon-riec",
      reason: "Per district.",
    })
    assert.strictEqual(Practice.practiceCatalogue.version, 2)
  })
})
