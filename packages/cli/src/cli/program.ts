import { Argument, Command, InvalidArgumentError, Option } from "commander"
import { completionScript, shells } from "./completions.js"
import { globalOptions } from "./global.js"
import { helpConfiguration, RequiredOption } from "./help.js"
import type { CommandSpec, Handler, Params, ParamSpec } from "./spec.js"

/** A parsed command line: the handler to run, with the raw values of its parameters and the globals. */
export interface Invocation {
  readonly handler: Handler<never>
  readonly params: Params
  readonly values: Readonly<Record<string, unknown>>
  readonly global: Readonly<Record<string, unknown>>
}

/** Thrown by the parser when it has already answered (help, version, completions): exit 0. */
export class Answered extends Error {}

const wholeNumber = (value: string): number => {
  if (!/^-?\d+$/.test(value)) throw new InvalidArgumentError("It is not a whole number.")
  return Number(value)
}

const collect = (value: string, previous: ReadonlyArray<string> | undefined): ReadonlyArray<string> =>
  previous === undefined ? [value] : [...previous, value]

const optionOf = (spec: ParamSpec): Option => {
  const option = new (spec.arity === "one" ? RequiredOption : Option)(
    spec.flag === true ? `--${spec.name}` : `--${spec.name} <${spec.valueName ?? "value"}>`,
    spec.description,
  )
  if (spec.choices !== undefined) option.choices(spec.choices)
  if (spec.integer === true) option.argParser(wholeNumber)
  if (spec.arity === "repeated") option.argParser(collect)
  if (spec.defaultValue !== undefined) option.default(spec.defaultValue)
  return option
}

const argumentOf = (spec: ParamSpec): Argument =>
  new Argument(spec.arity === "optional" ? `[${spec.name}]` : `<${spec.name}>`, spec.description)

/** The parser's settings, on every command: commander does not pass them to added commands. */
const configured = (command: Command, columns: number | undefined): Command =>
  command
    .exitOverride()
    .configureOutput({ outputError: () => {} })
    .configureHelp(helpConfiguration(columns))
    .showSuggestionAfterError(true)
    .helpOption("-h, --help", "show the help of this command")

const build = (spec: CommandSpec, columns: number | undefined, run: (invocation: Invocation) => Promise<void>) => {
  const command = configured(new Command(spec.name), columns).description(spec.description)
  const options = new Map<string, Option>()
  const positional: Array<string> = []
  for (const [key, param] of Object.entries(spec.params)) {
    if (param.spec.positional) {
      command.addArgument(argumentOf(param.spec))
      positional.push(key)
    } else {
      const option = optionOf(param.spec)
      command.addOption(option)
      options.set(key, option)
    }
  }
  for (const sub of spec.subcommands) {
    command.addCommand(build(sub, columns, run), { isDefault: sub.name === spec.defaultSubcommand })
  }
  if (spec.subcommands.length > 0) command.helpCommand("help [command]", "show the help of a command")
  const handler = spec.handler
  if (handler !== undefined) {
    command.action(async (...args: Array<unknown>) => {
      const self = args[args.length - 1] as Command
      const own = self.opts()
      const values: Record<string, unknown> = {}
      for (const [key, option] of options) values[key] = own[option.attributeName()]
      const missing = [...options].filter(([key, o]) => o instanceof RequiredOption && values[key] === undefined)
      if (missing.length > 0) {
        const flags = missing.map(([, o]) => `'${o.flags}'`).join(", ")
        self.error(`error: required option${missing.length > 1 ? "s" : ""} ${flags} not specified`, {
          code: "commander.missingMandatoryOptionValue",
        })
      }
      positional.forEach((key, index) => {
        values[key] = self.processedArgs[index]
      })
      await run({ handler, params: spec.params, values, global: self.optsWithGlobals() })
    })
  }
  return command
}

/**
 * The `weerbaar` command line for `commands`: `run` is called with what was asked. Parse errors
 * throw commander's `CommanderError`; help, the version and completions are written and throw `Answered`.
 */
export const makeProgram = (
  commands: CommandSpec,
  version: string,
  run: (invocation: Invocation) => Promise<void>,
  columns: number | undefined = process.stdout.isTTY === true ? process.stdout.columns : undefined,
): Command => {
  const program = build(commands, columns, run)
  for (const param of Object.values(globalOptions)) program.addOption(optionOf(param.spec))
  program
    .version(version, "--version", "the version of weerbaar")
    .addOption(new Option("--completions <shell>", "print the shell completions of weerbaar").choices(shells))
    .on("option:completions", (shell: string) => {
      if (!(shells as ReadonlyArray<string>).includes(shell)) return
      process.stdout.write(completionScript(program, shell as (typeof shells)[number]))
      throw new Answered()
    })
  return program
}
