import { Cause, Effect, Exit, Option } from "effect"
import { BadInput } from "./errors.js"
import { describeFailure, reportFailure, unexpected } from "./failure.js"
import type { Global } from "./global.js"
import { useCheckpointEvery } from "../runtime/checkpointEvery.js"
import { useSigningKeyFile } from "../runtime/signingKey.js"
import { print } from "./output.js"
import type { Invocation } from "./program.js"
import type { Params } from "./spec.js"

const argsOf = (params: Params, values: Readonly<Record<string, unknown>>): Record<string, unknown> => {
  const args: Record<string, unknown> = {}
  for (const [key, param] of Object.entries(params)) {
    const value = values[key]
    args[key] =
      param.spec.arity === "optional"
        ? Option.fromNullable(value)
        : param.spec.arity === "repeated"
          ? (value ?? [])
          : value
  }
  return args
}

const globalOf = (values: Readonly<Record<string, unknown>>): Global => ({
  db: String(values.db),
  as: Option.fromNullable(values.as as string | undefined),
  json: values.json === true,
  lang: values.lang === "en" ? "en" : "nl",
  signingKey: Option.fromNullable(values.signingKey as string | undefined),
  checkpointEvery: Option.fromNullable(values.checkpointEvery as string | undefined),
})

/**
 * Runs a parsed command: loads the module that does the work, runs it, and prints its output, or
 * its failure with the exit code that failure means.
 */
export const execute = async (invocation: Invocation): Promise<void> => {
  const global = globalOf(invocation.global)
  useSigningKeyFile(Option.getOrUndefined(global.signingKey))
  const every = useCheckpointEvery(Option.getOrUndefined(global.checkpointEvery))
  if (every !== undefined) {
    reportFailure(describeFailure(new BadInput(every), global.lang), global.json)
    return
  }
  const module = await invocation.handler.load()
  const exit = await Effect.runPromiseExit(
    invocation.handler.run(module, global, argsOf(invocation.params, invocation.values) as never),
  )
  if (Exit.isSuccess(exit)) {
    print(exit.value, global.json)
    return
  }
  const failure = Cause.failureOption(exit.cause)
  const error = Option.isSome(failure) ? failure.value : unexpected(Cause.squash(exit.cause))
  reportFailure(describeFailure(error, global.lang), global.json)
}
