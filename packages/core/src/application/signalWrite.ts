import type { Timestamp } from "../kernel/CalendarDate.js"
import type { RuleViolation } from "../kernel/Refusal.js"
import type { StreamWrite } from "../ports/EventStore.js"
import { ruleSignalled, signalEventCodec, signalStreamId } from "./ruleSignalled.js"
import type { SignalledAct } from "./signalledAct.js"

/**
 * The write that stores an act's `signals` beside its `writes`, on a new stream named after the
 * act's first event: the first write with events (the command's own stream, or else the first
 * stream a reaction changed), each telling `about` the act (see {@link SignalledAct}). Undefined
 * when there is no signal.
 * @category signals
 */
export const signalWrite = (
  writes: ReadonlyArray<StreamWrite>,
  signals: ReadonlyArray<RuleViolation>,
  actor: string,
  at: Timestamp,
  about: SignalledAct = {},
): StreamWrite | undefined => {
  const act = writes.find((w) => w.events.length > 0)
  if (signals.length === 0 || act === undefined) return undefined
  const version = act.expectedVersion + 1
  return {
    streamId: signalStreamId(act.streamId, version),
    // A new stream: a second act at the same version fails the append, as its own write does.
    expectedVersion: 0,
    events: signals.map((s) =>
      signalEventCodec.toNewEvent(ruleSignalled(s, { streamId: act.streamId, version, actor, at }, about)),
    ),
  }
}
