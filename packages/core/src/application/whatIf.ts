import { Either } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { DecisionContext } from "../kernel/Decider.js"
import type { EventCodec } from "../kernel/EventCodec.js"
import type { PolicyRead } from "../kernel/Policy.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { actDateOf } from "./actDate.js"
import { routePolicies } from "./Programme.js"
import { decideWithPolicies, reactionsTo } from "./reactions.js"
import { signalEventCodec } from "./ruleSignalled.js"
import { routeDecider } from "../routes/routeDecider.js"
import { routeEventCodec } from "../routes/events.js"
import { commandOfRouteEvent } from "../routes/commandOfEvent.js"

/**
 * A past act whose outcome would differ under a proposed version of the rule book: where it is
 * stored, what it was, and what it would be — refused with these rules, or let through with other
 * signals than it carried.
 * @category application
 */
export interface WhatIfDifference {
  readonly streamId: string
  readonly version: number
  readonly position: number
  readonly command: string
  readonly actor: string
  readonly date: CalendarDate
  readonly signalledThen: ReadonlyArray<string>
  readonly outcome:
    | { readonly _tag: "refused"; readonly codes: ReadonlyArray<string>; readonly explanations: ReadonlyArray<string> }
    | { readonly _tag: "signalled"; readonly codes: ReadonlyArray<string> }
}

/** Which acts a what-if judges again: those dated from `from` on (by default every act). @category application */
export interface WhatIfOptions {
  readonly from?: CalendarDate
}

/**
 * Replays the store's history (`events`, in the order stored) under a `proposed` version of the
 * rule book and lists every past act on an item's route whose outcome would differ: refused, or
 * signalled otherwise than it was. Each act is judged on the state its streams had just before it
 * and with the clock of its recording, as it was when it was stored; the budget ledger and the
 * practices the route's policies read are folded up to that point too. The Stuurgroep shows the
 * DVO the effect of an adjustment before it decides.
 * @category application
 */
export const whatIf = (
  events: ReadonlyArray<StoredEvent>,
  proposed: GovernanceModel,
  options: WhatIfOptions = {},
): ReadonlyArray<WhatIfDifference> => {
  const byStream = new Map<string, Array<StoredEvent>>()
  const signalled = signalsOf(events)
  const differences: Array<WhatIfDifference> = []
  const stateOf = (read: PolicyRead): unknown => fold(byStream.get(read.streamId) ?? [], read.aggregate)
  for (const stored of events) {
    const act = routeEventCodec.handles(stored.type) ? commandOfRouteEvent(stored, routeEventCodec) : undefined
    if (act !== undefined && (options.from === undefined || actDateOf(act.command, act.at) >= options.from)) {
      const state = fold(byStream.get(stored.streamId) ?? [], { decider: routeDecider, codec: routeEventCodec })
      const ctx: DecisionContext = { actor: act.actor, model: proposed, now: act.at }
      const reads = new Map<string, unknown>()
      for (const r of routePolicies.flatMap((p) => p.reads(act.command, state))) reads.set(r.streamId, stateOf(r))
      let decided = decideWithPolicies(routeDecider, routePolicies, act.command, state, ctx, reads)
      if (Either.isRight(decided)) {
        const targets = reactionsTo(
          routePolicies,
          routeDecider,
          act.command,
          state,
          decided.right.events,
          ctx,
        ).reactions
        if (targets.some((t) => !reads.has(t.streamId))) {
          for (const t of targets) if (!reads.has(t.streamId)) reads.set(t.streamId, stateOf(t))
          decided = decideWithPolicies(routeDecider, routePolicies, act.command, state, ctx, reads)
        }
      }
      const then = signalled.get(`${stored.streamId}#${stored.version}`) ?? []
      const base = {
        streamId: stored.streamId,
        version: stored.version,
        position: stored.position,
        command: act.command._tag,
        actor: act.actor,
        date: actDateOf(act.command, act.at),
        signalledThen: then,
      }
      if (Either.isLeft(decided)) {
        differences.push({
          ...base,
          outcome: {
            _tag: "refused",
            codes: decided.left.codes,
            explanations: decided.left.violations.map((v) => v.explanation.nl),
          },
        })
      } else {
        const now = [...new Set(decided.right.signals.map((s) => s.code))].sort()
        if (now.join() !== [...then].sort().join())
          differences.push({ ...base, outcome: { _tag: "signalled", codes: now } })
      }
    }
    const list = byStream.get(stored.streamId)
    if (list === undefined) byStream.set(stored.streamId, [stored])
    else list.push(stored)
  }
  return differences
}

const fold = <S, E>(
  events: ReadonlyArray<StoredEvent>,
  aggregate: {
    readonly decider: { readonly initialState: S; readonly evolve: (s: S, e: E) => S }
    readonly codec: Pick<EventCodec<E & { readonly _tag: string }>, "fromStored">
  },
): S => {
  let state = aggregate.decider.initialState
  for (const stored of events) {
    const event = aggregate.codec.fromStored(stored)
    if (Either.isRight(event)) state = aggregate.decider.evolve(state, event.right)
  }
  return state
}

// The codes each act was signalled with when it was stored, by its stream and version.
const signalsOf = (events: ReadonlyArray<StoredEvent>): ReadonlyMap<string, ReadonlyArray<string>> => {
  const codes = new Map<string, Array<string>>()
  for (const stored of events) {
    if (!signalEventCodec.handles(stored.type)) continue
    const decoded = signalEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) continue
    const key = `${decoded.right.streamId}#${decoded.right.version}`
    codes.set(key, [...(codes.get(key) ?? []), decoded.right.code])
  }
  return codes
}
