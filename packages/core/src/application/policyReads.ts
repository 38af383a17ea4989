import { type Context, Effect } from "effect"
import type { PolicyRead, ReadStates } from "../kernel/Policy.js"
import type { ReadError } from "./Executed.js"
import type { ProgrammeRuntime } from "./ProgrammeRuntime.js"

/**
 * The states of the streams `reads` names, each read once, by stream id: what the policies' checks
 * need to judge commands without executing them (the actions a person may take now).
 * @category application
 */
export const loadPolicyReads = (
  runtime: Pick<Context.Tag.Service<typeof ProgrammeRuntime>, "load">,
  reads: ReadonlyArray<PolicyRead>,
): Effect.Effect<ReadStates, ReadError> => {
  const streams = new Map(reads.map((r) => [r.streamId, r.aggregate]))
  return Effect.map(
    Effect.forEach([...streams], ([streamId, aggregate]) =>
      Effect.map(runtime.load(streamId, aggregate.decider, aggregate.codec), ({ state }) => [streamId, state] as const),
    ),
    (loaded) => new Map(loaded),
  )
}
