import * as Command from "@effect/cli/Command"
import * as Options from "@effect/cli/Options"

/** The options every command takes. */
export const globalOptions = {
  db: Options.text("db").pipe(
    Options.withDefault("./weerbaar.db"),
    Options.withDescription("the SQLite store of the programme"),
  ),
  as: Options.text("as").pipe(
    Options.withDescription("the person who acts (a person id of the governance model)"),
    Options.optional,
  ),
  json: Options.boolean("json").pipe(Options.withDescription("machine output: one JSON document per command")),
  lang: Options.choice("lang", ["nl", "en"]).pipe(
    Options.withDefault("nl" as const),
    Options.withDescription("language of explanations and refusals"),
  ),
}

/** The root command; its subcommands read the global options from it. */
export const weerbaar = Command.make("weerbaar", globalOptions)

/** The global options as parsed. */
export type Global = Command.Command.ParseConfig<typeof globalOptions>
