import { CommanderError } from "commander"
import { commands } from "../commands/index.js"
import { outputModeOf } from "./argv.js"
import { exitCodes } from "./exitCodes.js"
import { describeFailure, reportFailure, unexpected } from "./failure.js"
import { wrap } from "./help.js"
import { Answered, type Invocation, makeProgram } from "./program.js"
import packageJson from "../../package.json" with { type: "json" }

// Inlined at build time: works from the ESM bin and the CommonJS entry alike.
const version = packageJson.version

const next = "see `weerbaar --help` or `weerbaar <command> --help`"

// After commander's "unknown command" and its suggestion: what may be typed there instead.
const commandsOf = (error: CommanderError, args: ReadonlyArray<string>): string => {
  if (error.code !== "commander.unknownCommand") return ""
  const known = commands.subcommands.map((c) => c.name)
  const group = commands.subcommands.find((c) => args.includes(c.name) && c.subcommands.length > 0)
  const names = group === undefined ? known : group.subcommands.map((c) => c.name)
  return `\nInvalid subcommand for ${group === undefined ? "weerbaar" : `weerbaar ${group.name}`}: use one of ${names.join(", ")}`
}

const usageError = (error: CommanderError, args: ReadonlyArray<string>): void => {
  const mode = outputModeOf(args)
  // A group called without its subcommand: commander has shown its help on stderr.
  const missingSubcommand = error.code === "commander.help"
  const message = missingSubcommand ? "" : wrap(`${error.message}${commandsOf(error, args)}`)
  if (mode.json) {
    const problem = missingSubcommand ? "a subcommand is missing" : message.replace(/^error: /, "")
    const json = { error: { kind: "UsageError", message: problem, next } }
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
  }
  process.stderr.write(`${message === "" ? "" : `${message}\n`}next: ${next}\n`)
  process.exitCode = exitCodes.badInput
}

const run = async (invocation: Invocation): Promise<void> => {
  const { execute } = await import("./execute.js")
  await execute(invocation)
}

/** Runs the `weerbaar` command on `argv` (as `process.argv`) and sets the exit code. */
export const main = async (argv: ReadonlyArray<string>): Promise<void> => {
  const args = argv.slice(2)
  try {
    await makeProgram(commands, version, run).parseAsync([...args], { from: "user" })
  } catch (error) {
    if (error instanceof Answered) return
    if (error instanceof CommanderError) {
      // Help and the version end with exit code 0, already written.
      if (error.exitCode !== 0) usageError(error, args)
      return
    }
    // A failure outside the command's own effect (its module did not load): told like any other.
    const mode = outputModeOf(args)
    reportFailure(describeFailure(unexpected(error), mode.lang), mode.json)
  }
}
