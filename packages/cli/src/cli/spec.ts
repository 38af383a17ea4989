import type { Effect, Option } from "effect"
import type { CommandFailure } from "./commandFailure.js"
import type { Global } from "./global.js"
import type { Output } from "./output.js"

/** How often a parameter may be given, and what its handler receives for it. */
export type Arity = "one" | "optional" | "repeated" | "default"

/** What the parser needs to know of an option or argument. */
export interface ParamSpec {
  readonly positional: boolean
  /** The option's long name without `--` (`decision-id`), or the argument's name (`item`). */
  readonly name: string
  readonly description: string
  readonly arity: Arity
  readonly choices?: ReadonlyArray<string>
  readonly integer?: boolean
  /** A flag: `--json`, no value. */
  readonly flag?: boolean
  /** What the value is, as the help shows it: `--db <file>`. */
  readonly valueName?: string
  readonly defaultValue?: string | number
}

/**
 * An option or argument whose handler receives an `A`: the value when it is required or has a
 * default, an `Option` when it is optional, an array when it may be repeated.
 */
export class Param<A> {
  declare readonly _value: (_: never) => A
  constructor(readonly spec: ParamSpec) {}

  private with<B>(changes: Partial<ParamSpec>): Param<B> {
    return new Param({ ...this.spec, ...changes })
  }

  /** The parameter may be left out: the handler receives `Option.none()`. */
  optional(): Param<Option.Option<A>> {
    return this.with({ arity: "optional" })
  }

  /** The option may be given any number of times: the handler receives all values, in order. */
  repeated(): Param<ReadonlyArray<A>> {
    return this.with({ arity: "repeated" })
  }

  /** The value when the option is not given. */
  withDefault(value: A & (string | number)): Param<A> {
    return this.with({ arity: "default", defaultValue: value })
  }
}

/** A required `--name VALUE` option; `valueName` says what the value is (`--as <person>`). */
export const text = (name: string, description: string, valueName = "value"): Param<string> =>
  new Param({ positional: false, name, description, arity: "one", valueName })

/** A flag: `--json` gives `true`, its absence `false`. */
export const flag = (name: string, description: string): Param<boolean> =>
  new Param({ positional: false, name, description, arity: "default", flag: true })

/** A required `--name N` option taking a whole number. */
export const integer = (name: string, description: string): Param<number> =>
  new Param({ positional: false, name, description, arity: "one", integer: true, valueName: "n" })

/** A required `--name VALUE` option taking one of `choices`. */
export const choice = <const C extends string>(
  name: string,
  choices: ReadonlyArray<C>,
  description: string,
): Param<C> => new Param({ positional: false, name, description, arity: "one", choices, valueName: name })

/** A required positional argument. */
export const argument = (name: string, description: string): Param<string> =>
  new Param({ positional: true, name, description, arity: "one" })

/** The parameters of a command, by the name its handler reads them under. */
export type Params = Readonly<Record<string, Param<unknown>>>

/** The values a handler receives for `P`. */
export type ValuesOf<P extends Params> = { readonly [K in keyof P]: P[K] extends Param<infer A> ? A : never }

/**
 * What a command does: `load` imports the module that does the work only when the command runs (so
 * `--help` and parse errors load neither the store nor the services), `run` runs it.
 */
export interface Handler<A> {
  readonly load: () => Promise<unknown>
  readonly run: (module: unknown, global: Global, args: A) => Effect.Effect<Output, CommandFailure>
}

/** A command's handler on the module `load` imports. */
export const handle = <M, A>(
  load: () => Promise<M>,
  run: (module: M, global: Global, args: A) => Effect.Effect<Output, CommandFailure>,
): Handler<A> => ({ load, run: run as Handler<A>["run"] })

/** A command: a leaf with a handler, or a group of subcommands. */
export interface CommandSpec {
  readonly name: string
  readonly description: string
  readonly params: Params
  readonly handler?: Handler<never>
  readonly subcommands: ReadonlyArray<CommandSpec>
  /** The subcommand a group runs when none is named (`weerbaar health` is `weerbaar health status`). */
  readonly defaultSubcommand?: string
}

/** A command that does one thing. */
export const command = <P extends Params>(
  name: string,
  description: string,
  params: P,
  handler: Handler<ValuesOf<P>>,
): CommandSpec => ({ name, description, params, handler: handler as Handler<never>, subcommands: [] })

/**
 * A command that groups subcommands (`proposal draft`, `proposal submit`, …); with `defaultSubcommand`,
 * the one it runs when none is named.
 */
export const group = (
  name: string,
  description: string,
  subcommands: ReadonlyArray<CommandSpec>,
  defaultSubcommand?: string,
): CommandSpec =>
  defaultSubcommand === undefined
    ? { name, description, params: {}, subcommands }
    : { name, description, params: {}, subcommands, defaultSubcommand }
