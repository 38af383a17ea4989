import type { EventCodec, ProgrammeRuntime } from "@weerbaar/core"
import { type Context, Effect, Either } from "effect"
import type { ServiceUnavailable } from "../api/Problem.js"
import { readOrUnavailable } from "./execution.js"
import { unavailable } from "./problems.js"

/**
 * A stream's state and version, folded up to `atVersion` when given: the state an idempotent
 * replay answers with is the one the first request produced.
 * @category server
 */
export const loadStream = <E extends { readonly _tag: string }, S>(
  runtime: Context.Tag.Service<ProgrammeRuntime>,
  streamId: string,
  decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
  codec: EventCodec<E>,
  atVersion?: number,
): Effect.Effect<{ readonly state: S; readonly version: number }, ServiceUnavailable> =>
  Effect.gen(function* () {
    const events = yield* readOrUnavailable(runtime.store.readStream(streamId))
    const upTo = atVersion === undefined ? events : events.filter((e) => e.version <= atVersion)
    let state = decider.initialState
    for (const stored of upTo) {
      const event = codec.fromStored(stored)
      if (Either.isLeft(event)) return yield* Effect.fail(unavailable(event.left.message))
      state = decider.evolve(state, event.right)
    }
    return { state, version: upTo.at(-1)?.version ?? 0 }
  })
