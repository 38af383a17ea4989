import * as Command from "@effect/cli/Command"
import { isValidationError } from "@effect/cli/ValidationError"
import * as NodeFileSystem from "@effect/platform-node/NodeFileSystem"
import * as NodePath from "@effect/platform-node/NodePath"
import * as NodeTerminal from "@effect/platform-node/NodeTerminal"
import { Cause, Effect, Exit, Layer, Option } from "effect"
import { commands } from "../commands/index.js"
import { hoistGlobalOptions, outputModeOf } from "./argv.js"
import { exitCodes } from "./errors.js"
import { describeFailure } from "./failure.js"
import packageJson from "../../package.json" with { type: "json" }

// Inlined at build time: works from the ESM bin and the CommonJS entry alike.
const version = packageJson.version

const platform = Layer.mergeAll(NodeFileSystem.layer, NodePath.layer, NodeTerminal.layer)

/** Runs the `weerbaar` command on `argv` (as `process.argv`) and sets the exit code. */
export const main = async (argv: ReadonlyArray<string>): Promise<void> => {
  const args = hoistGlobalOptions(argv.slice(2))
  const mode = outputModeOf(args)
  const cli = Command.run(commands, { name: "weerbaar", version })
  const exit = await Effect.runPromiseExit(cli([...argv.slice(0, 2), ...args]).pipe(Effect.provide(platform)))
  if (Exit.isSuccess(exit)) return
  const failure = Cause.failureOption(exit.cause)
  if (Option.isSome(failure) && isValidationError(failure.value)) {
    // The parser printed what was wrong; say what to do next.
    process.stderr.write("next: see `weerbaar --help` or `weerbaar <command> --help`\n")
    process.exitCode = exitCodes.badInput
    return
  }
  const error = Option.isSome(failure) ? failure.value : Cause.squash(exit.cause)
  const told = describeFailure(error, mode.lang)
  if (mode.json) process.stdout.write(`${JSON.stringify(told.json, null, 2)}\n`)
  process.stderr.write(`${told.lines.join("\n")}\n`)
  process.exitCode = told.exitCode
}
