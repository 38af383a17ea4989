import { Effect, Either } from "effect"
import type { EventCodec } from "../kernel/EventCodec.js"
import type { EventStoreShape } from "../ports/EventStore.js"
import type { ReadError } from "./Executed.js"

/**
 * The states of every stream whose id starts with `prefix`, folded from those streams' events in
 * order: how a service lists all practices, tracks or milestones without a read model store. The
 * store reads only those streams (`readAll({ streamPrefix })`), not the whole log.
 * @category application
 */
export const statesWithPrefix = <E extends { readonly _tag: string }, S>(
  store: EventStoreShape,
  prefix: string,
  decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
  codec: EventCodec<E>,
): Effect.Effect<ReadonlyMap<string, S>, ReadError> =>
  Effect.gen(function* () {
    const states = new Map<string, S>()
    for (const stored of yield* store.readAll({ streamPrefix: prefix })) {
      // A store written before `streamPrefix` existed ignores it: its other streams are not ours.
      if (!stored.streamId.startsWith(prefix)) continue
      const event = codec.fromStored(stored)
      if (Either.isLeft(event)) return yield* event.left
      states.set(stored.streamId, decider.evolve(states.get(stored.streamId) ?? decider.initialState, event.right))
    }
    return states
  })
