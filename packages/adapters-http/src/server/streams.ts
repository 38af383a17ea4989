import type { Kernel, Programme } from "@weerbaar/core"
import { type Context, Effect, Either } from "effect"
import type { ServiceUnavailable } from "../api/Problem.js"
import { readOrUnavailable } from "./execution.js"
import { unavailable } from "./problems.js"

/**
 * A stream's state as it was at `atVersion`: what the replay of an idempotent request answers
 * with, since the first request's answer is the state that request produced. Everything else takes
 * the state from core (`Executed`, its services); for a replay core gives the state as the stream
 * stands now and no earlier version, so the replay folds here.
 * @category server
 */
export const stateAtVersion = <E extends { readonly _tag: string }, S>(
  runtime: Context.Tag.Service<Programme.ProgrammeRuntime>,
  streamId: string,
  decider: { readonly initialState: S; readonly evolve: (state: S, event: E) => S },
  codec: Kernel.EventCodec<E>,
  atVersion: number,
): Effect.Effect<{ readonly state: S; readonly version: number }, ServiceUnavailable> =>
  Effect.gen(function* () {
    const events = yield* readOrUnavailable(runtime.store.readStream(streamId))
    let state = decider.initialState
    let version = 0
    for (const stored of events) {
      if (stored.version > atVersion) break
      const event = codec.fromStored(stored)
      if (Either.isLeft(event)) return yield* Effect.fail(unavailable(event.left.message))
      state = decider.evolve(state, event.right)
      version = stored.version
    }
    return { state, version }
  })
