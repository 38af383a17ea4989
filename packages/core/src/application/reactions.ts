import { Either } from "effect"
import type { ReactingAggregate } from "../kernel/Aggregate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import type { Policy, Reaction } from "../kernel/Policy.js"
import { byForce } from "../kernel/judge.js"
import { Refused, type RuleViolation } from "../kernel/Refusal.js"
import { explained, reasonOf } from "../kernel/signalReason.js"

/**
 * The reactions of `policies` to the events a command decided, event by event with the state
 * before and after it, and the state after all of them.
 * @category policies
 */
export const reactionsTo = <C, E, S, X>(
  policies: ReadonlyArray<Policy<C, E, S>>,
  decider: Decider<C, E, S, X>,
  command: C,
  state: S,
  events: ReadonlyArray<E>,
  ctx: DecisionContext,
): { readonly after: S; readonly reactions: ReadonlyArray<Reaction> } => {
  const reactions: Array<Reaction> = []
  let before = state
  for (const event of events) {
    const after = decider.evolve(before, event)
    for (const policy of policies) reactions.push(...policy.react(event, before, after, command, ctx))
    before = after
  }
  return { after: before, reactions }
}

/** The events one stream receives from the reactions, with its aggregate. @category policies */
export interface ReactedStream {
  readonly aggregate: ReactingAggregate
  readonly events: ReadonlyArray<{ readonly _tag: string }>
}

/** What the reactions decided: the events per stream and the signals of their rules. @category policies */
export interface ReactionsDecided {
  readonly streams: ReadonlyMap<string, ReactedStream>
  readonly signals: ReadonlyArray<RuleViolation>
}

/**
 * Decides every reaction with its aggregate's decider, in order, each on its stream's state after
 * the reactions before it (`states` gives the streams as read; a stream not there is new). Gives
 * the events per stream and the signals, or every rule the reactions refuse by.
 * @category policies
 */
export const decideReactions = (
  reactions: ReadonlyArray<Reaction>,
  states: ReadonlyMap<string, unknown>,
  ctx: DecisionContext,
): Either.Either<ReactionsDecided, ReadonlyArray<RuleViolation>> => {
  const current = new Map(states)
  const streams = new Map<string, ReactedStream>()
  const violations: Array<RuleViolation> = []
  const signals: Array<RuleViolation> = []
  for (const { aggregate, streamId, command } of reactions) {
    const { decider } = aggregate
    const state = current.has(streamId) ? current.get(streamId) : decider.initialState
    const decided = decider.decide(command, state, ctx)
    if (Either.isLeft(decided)) {
      violations.push(...decided.left.violations)
      continue
    }
    const { events } = decided.right
    let next = state
    for (const event of events) next = decider.evolve(next, event)
    current.set(streamId, next)
    streams.set(streamId, { aggregate, events: [...(streams.get(streamId)?.events ?? []), ...events] })
    signals.push(...decided.right.signals)
  }
  return violations.length > 0 ? Either.left(violations) : Either.right({ streams, signals })
}

/**
 * What a command decided with its policies: its own events, its stream's state after them, the
 * reactions' events per stream, and the signals of every rule that let the command through with
 * one (the decider's, the policies' checks' and the reactions').
 * @category policies
 */
export interface DecidedWithPolicies<E, S> {
  readonly events: ReadonlyArray<E>
  readonly after: S
  readonly reacted: ReadonlyMap<string, ReactedStream>
  readonly signals: ReadonlyArray<RuleViolation>
}

/**
 * A command decided as the runtime decides it, without a store: the decider's rules and the
 * policies' checks, each judged by its force in the model (a refusal lists the refusing violations
 * of both), then each policy reaction decided by its own aggregate. `states` holds the other streams the policies read or react on (by stream id; a
 * stream not there is new).
 * @category policies
 */
export const decideWithPolicies = <C, E, S, X extends DecisionContext>(
  decider: Decider<C, E, S, X>,
  policies: ReadonlyArray<Policy<C, E, S>>,
  command: C,
  state: S,
  context: X,
  states: ReadonlyMap<string, unknown>,
): Either.Either<DecidedWithPolicies<E, S>, Refused> => {
  const decided = decider.decide(command, state, context)
  const split = byForce(
    policies.flatMap((p) => p.check(command, state, states, context)),
    context.model,
  )
  const reasoned = explained(split.signals, reasonOf(command))
  const checked = { refusing: [...split.refusing, ...reasoned.refusing], signals: reasoned.signals }
  if (Either.isLeft(decided) || checked.refusing.length > 0) {
    return Either.left(
      refusal(command, [...(Either.isLeft(decided) ? decided.left.violations : []), ...checked.refusing]),
    )
  }
  const { events, signals } = decided.right
  const { after, reactions } = reactionsTo(policies, decider, command, state, events, context)
  return Either.match(decideReactions(reactions, states, context), {
    onLeft: (violations) => Either.left(refusal(command, violations)),
    onRight: (reacted) =>
      Either.right({
        events,
        after,
        reacted: reacted.streams,
        signals: [...signals, ...checked.signals, ...reacted.signals],
      }),
  })
}

/** A refusal of `command` with `violations` (at least one). @category policies */
export const refusal = (command: unknown, violations: ReadonlyArray<RuleViolation>): Refused =>
  new Refused({
    command: (command as { readonly _tag?: string })._tag ?? "command",
    violations: violations as [RuleViolation, ...Array<RuleViolation>],
  })

/**
 * What the policies' reactions to `events` would refuse, decided on `states` — or, when they
 * refuse nothing, what they would signal: the reasons an action the decider itself allows is
 * refused all the same (an accord beyond the budget ledger's envelope), or carries a signal. Used
 * to answer what a person may do now without deciding the command's particulars.
 * @category policies
 */
export const reactionViolations = <C, E, S, X>(
  policies: ReadonlyArray<Policy<C, E, S>>,
  decider: Decider<C, E, S, X>,
  command: C,
  state: S,
  events: ReadonlyArray<E>,
  ctx: DecisionContext,
  states: ReadonlyMap<string, unknown>,
): ReadonlyArray<RuleViolation> =>
  Either.match(decideReactions(reactionsTo(policies, decider, command, state, events, ctx).reactions, states, ctx), {
    onLeft: (violations) => violations,
    onRight: (decided) => decided.signals,
  })
