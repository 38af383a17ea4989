import { Effect } from "effect"
import type { EventStoreFailure } from "../ports/EventStore.js"
import { queryAll, type ReadModelStoreShape } from "../ports/ReadModel.js"
import { type SignalRow, signalRegister } from "./signalRegister.js"

/**
 * The signals each decision's act carried, by decision id, in the order they were stored: read
 * from the `signal-register`, not by folding the log. Give a `decisionId` to read one decision's.
 *
 * @example
 * ```ts
 * const signals = yield* decisionSignals(yield* ReadModelStore)
 * signals.get("besluit-dvo-2016-05")?.map((s) => s.code) // ["budget.exceeds-available"]
 * ```
 * @category signals
 */
export const decisionSignals = (
  readModels: ReadModelStoreShape,
  decisionId?: string,
): Effect.Effect<ReadonlyMap<string, ReadonlyArray<SignalRow>>, EventStoreFailure> =>
  Effect.map(queryAll(readModels, signalRegister, decisionId === undefined ? undefined : { decisionId }), (rows) => {
    const byDecision = new Map<string, Array<SignalRow>>()
    for (const row of [...rows].sort((a, b) => a.at.localeCompare(b.at))) {
      if (row.decisionId === undefined) continue
      byDecision.set(row.decisionId, [...(byDecision.get(row.decisionId) ?? []), row])
    }
    return byDecision
  })
