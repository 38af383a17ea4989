import type { Decider, DecisionContext } from "./Decider.js"
import type { EventCodec } from "./EventCodec.js"

/**
 * An aggregate as the runtime executes it: its name, its decider and how its events are stored.
 * Every event of an aggregate's stream is decided by its decider: it has one author.
 *
 * @example
 * ```ts
 * export const practiceAggregate: Aggregate<PracticeCommand, PracticeEvent, PracticeState> = {
 *   name: "practice",
 *   decider: practiceDecider,
 *   codec: practiceEventCodec,
 * }
 * ```
 * @category deciders
 */
export interface Aggregate<C, E extends { readonly _tag: string }, S, X = DecisionContext> {
  readonly name: string
  readonly decider: Decider<C, E, S, X>
  readonly codec: EventCodec<E>
}

/**
 * An aggregate whose decider needs nothing but the actor, the model and the moment: the kind a
 * policy can react on.
 * @category deciders
 */
// biome-ignore lint/suspicious/noExplicitAny: a reaction's command is checked where it is made (`reactWith`).
export type ReactingAggregate = Aggregate<any, any, any, DecisionContext>
