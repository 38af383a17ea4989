import { Effect, Option, ParseResult, Schema } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"

/** Decodes command input with the core's own schema; a mismatch is bad input, naming every problem. */
export const decodeInput =
  <A, I>(schema: Schema.Schema<A, I>, next: string) =>
  (input: unknown): Effect.Effect<A, BadInput> =>
    Schema.decodeUnknown(schema)(input).pipe(
      Effect.mapError(
        (error) =>
          new BadInput({
            problem: `invalid input:\n${ParseResult.TreeFormatter.formatErrorSync(error)}`,
            next,
          }),
      ),
    )

/** The acting person (`--as`), required by every command that changes the store. */
export const actorOf = (global: Global): Effect.Effect<string, BadInput> =>
  Option.match(global.as, {
    onNone: () =>
      Effect.fail(
        new BadInput({
          problem: "this command needs the acting person",
          next: "pass --as <person>; `weerbaar governance` lists the persons of the model",
        }),
      ),
    onSome: Effect.succeed,
  })

/** Parses a budget line `category:organisation:year:euros` (euros may have cents: `1250.50`). */
export const parseBudgetLine = (
  text: string,
): Effect.Effect<{ category: string; organisation: string; year: number; amount: number }, BadInput> => {
  const match = /^([^:]+):([^:]+):(\d{4}):(\d+)(?:[.,](\d{1,2}))?$/.exec(text.trim())
  if (match === null) {
    return Effect.fail(
      new BadInput({
        problem: `'${text}' is not a budget line`,
        next: "write a budget line as category:organisation:year:euros, e.g. projectleiding:politie-oost-nederland:2016:25000",
      }),
    )
  }
  const [, category, organisation, year, euros, cents = "0"] = match
  return Effect.succeed({
    category: category!.trim(),
    organisation: organisation!.trim(),
    year: Number(year),
    amount: Number(euros) * 100 + Number(cents.padEnd(2, "0")),
  })
}

/** A calendar date given on the command line (`YYYY-MM-DD`). */
export const parseDate = (text: string, option: string): Effect.Effect<string, BadInput> =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T00:00:00Z`).getTime())
    ? Effect.succeed(text)
    : Effect.fail(new BadInput({ problem: `${option} '${text}' is not a date`, next: `write ${option} as YYYY-MM-DD` }))
