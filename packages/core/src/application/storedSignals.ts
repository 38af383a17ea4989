import { Either } from "effect"
import type { RuleViolation } from "../kernel/Refusal.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { signalEventCodec, signalOf } from "./ruleSignalled.js"

/**
 * The signals an act's stored events keep, in order: its `RuleSignalled` events, as the command
 * returned them (what an idempotent retry answers with). An event that does not decode is left out.
 * @category signals
 */
export const storedSignals = (events: ReadonlyArray<StoredEvent>): ReadonlyArray<RuleViolation> =>
  events.flatMap((stored) => {
    if (!signalEventCodec.handles(stored.type)) return []
    const decoded = signalEventCodec.fromStored(stored)
    return Either.isRight(decoded) ? [signalOf(decoded.right)] : []
  })
