import type { Either } from "effect"
import type { Timestamp } from "./CalendarDate.js"
import type { Refused } from "./Refusal.js"
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
 * An aggregate's rules as three pure functions: `decide` turns a command into events or a
 * refusal listing every violated rule (it never throws), `evolve` folds an event into the state.
 *
 * @example
 * ```ts
 * const state = events.reduce(decider.evolve, decider.initialState)
 * const outcome = decider.decide(command, state, context) // Either<events, Refused>
 * ```
 * @category deciders
 */
export interface Decider<Command, Event, State, Context = DecisionContext> {
  readonly initialState: State
  readonly decide: (command: Command, state: State, context: Context) => Either.Either<ReadonlyArray<Event>, Refused>
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
