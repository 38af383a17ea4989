import type { Either } from "effect"
import type { Timestamp } from "./CalendarDate.js"
import type { Refused, RuleViolation } from "./Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { PersonId } from "../governance/Ids.js"

/**
 * What a decider knows besides the command and the state: who acts, the governance model in
 * force, and the moment. The decider reads no clock and does no I/O.
 * @category deciders
 */
export interface DecisionContext {
  readonly actor: PersonId
  readonly model: GovernanceModel
  readonly now: Timestamp
}

/**
 * What a decider decided for a command it did not refuse: the `events` to store, and a `signal`
 * for every failing rule the governance model lets through with `signaleren`.
 * @category deciders
 */
export interface Decision<E> {
  readonly events: ReadonlyArray<E>
  readonly signals: ReadonlyArray<RuleViolation>
}

/**
 * An aggregate's rules as three pure functions: `decide` turns a command into a {@link Decision}
 * or a refusal listing every refusing rule (it never throws), `evolve` folds an event into the
 * state.
 *
 * @example
 * ```ts
 * const state = events.reduce(decider.evolve, decider.initialState)
 * const outcome = decider.decide(command, state, context) // Either<Decision, Refused>
 * ```
 * @category deciders
 */
export interface Decider<Command, Event, State, Context = DecisionContext> {
  readonly initialState: State
  readonly decide: (command: Command, state: State, context: Context) => Either.Either<Decision<Event>, Refused>
  readonly evolve: (state: State, event: Event) => State
}

/** The state after `events`. @category deciders */
export const fold = <Command, Event, State, Context>(
  decider: Decider<Command, Event, State, Context>,
  events: Iterable<Event>,
): State => {
  let state = decider.initialState
  for (const event of events) state = decider.evolve(state, event)
  return state
}
