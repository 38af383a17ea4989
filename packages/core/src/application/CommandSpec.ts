import type { Effect } from "effect"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import type { EventCodec } from "../kernel/EventCodec.js"
import type { Policy } from "../kernel/Policy.js"
import type { ExecuteOptions, ReadError } from "./Executed.js"
import type { PersonId } from "../governance/Ids.js"

/**
 * How to execute one command: its stream, the decider and codec of its aggregate, who acts, and:
 * - `reads`: what the decider reads besides its own stream, to build its context (a track's
 *   practice, a package's item); reads only — it writes nothing and refuses nothing;
 * - `policies`: the named policies that check the command against other aggregates and react to
 *   its events with commands for them, each decided by its own aggregate and appended with it;
 * - `duringConcept`: whether the command may run while the rule book on its date is still the
 *   founding's concept (only the programme plan's route may).
 * @category application
 */
export interface CommandSpec<C, E extends { readonly _tag: string }, S, X extends DecisionContext = DecisionContext> {
  readonly streamId: string
  readonly decider: Decider<C, E, S, X>
  readonly codec: EventCodec<E>
  readonly command: C
  readonly actor: PersonId
  readonly options?: ExecuteOptions
  readonly reads?: (base: DecisionContext) => Effect.Effect<X, ReadError>
  readonly policies?: ReadonlyArray<Policy<C, E, S>>
  readonly duringConcept?: (command: C, state: S) => boolean
}
