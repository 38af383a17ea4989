import type { Aggregate, ReactingAggregate } from "./Aggregate.js"
import type { DecisionContext } from "./Decider.js"
import type { Localized } from "./Localized.js"
import type { RuleViolation } from "./Refusal.js"

/**
 * A command a policy reacts with: for one stream of another aggregate, decided by that
 * aggregate's own decider on that stream's state, and appended in the same transaction as the
 * command that caused it. Make one with {@link reactWith}.
 * @category policies
 */
export interface Reaction {
  readonly aggregate: ReactingAggregate
  readonly streamId: string
  readonly command: unknown
}

/** A reaction: `command` for `aggregate`'s stream `streamId`. @category policies */
export const reactWith = <C, E extends { readonly _tag: string }, S>(
  aggregate: Aggregate<C, E, S, DecisionContext>,
  streamId: string,
  command: C,
): Reaction => ({ aggregate, streamId, command })

/** A stream a policy reads to check a command: which aggregate, which stream. @category policies */
export interface PolicyRead {
  readonly aggregate: ReactingAggregate
  readonly streamId: string
}

/** The states of the streams a policy read, by stream id (the aggregate's initial state for a new one). @category policies */
export type ReadStates = ReadonlyMap<string, unknown>

/**
 * A named policy: work that spans aggregates, written down once. It says what it reads (streams of
 * other aggregates, by the command and the state of the command's own aggregate), what it checks
 * (rules that need those streams; their violations are reported with the decider's own), and the
 * commands it reacts with to each event the command's aggregate decided, given the state before and
 * after that event and the command (each decided by its own
 * aggregate's decider: a refusal there refuses the whole command). The shape is fmodel's saga:
 * `react(event) => commands`.
 *
 * @example
 * ```ts
 * const budgetPolicy: Policy<RouteCommand, RouteEvent, ItemState> = {
 *   name: "budget-ledger",
 *   description: { nl: "Een accord legt zijn begroting vast.", en: "An accord commits its budget." },
 *   reads: () => [],
 *   check: () => [],
 *   react: (event) => event._tag === "DecisionRecorded" && event.committedBudget > 0
 *     ? [reactWith(budgetLedger, budgetLedgerStreamId, new CommitBudget({ ... }))]
 *     : [],
 * }
 * ```
 * @category policies
 */
export interface Policy<C, E, S> {
  readonly name: string
  readonly description: Localized
  readonly reads: (command: C, state: S) => ReadonlyArray<PolicyRead>
  readonly check: (command: C, state: S, read: ReadStates, ctx: DecisionContext) => ReadonlyArray<RuleViolation>
  readonly react: (event: E, before: S, after: S, command: C, ctx: DecisionContext) => ReadonlyArray<Reaction>
}
