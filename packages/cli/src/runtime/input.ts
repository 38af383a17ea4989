import { type Governance, Kernel, Programme, Route } from "@weerbaar/core"
import { Effect, Option, ParseResult, Schema } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"

/** The options named by a failed decoding, through `options` (a field's path, `content.title`, to its option). */
const optionsNamed = (error: ParseResult.ParseError, options: Readonly<Record<string, string>>) =>
  ParseResult.ArrayFormatter.formatErrorSync(error).flatMap((issue) => {
    const path = issue.path.map(String)
    for (let n = path.length; n > 0; n--) {
      const option = options[path.slice(0, n).join(".")]
      if (option !== undefined) return [option]
    }
    return []
  })

/**
 * Decodes command input with the core's own schema; a mismatch is bad input, naming every problem.
 * `options` maps the input's fields to the options they came from, so the message names those.
 */
export const decodeInput =
  <A, I>(schema: Schema.Schema<A, I>, next: string, options: Readonly<Record<string, string>> = {}) =>
  (input: unknown): Effect.Effect<A, BadInput> =>
    Schema.decodeUnknown(schema, { errors: "all" })(input).pipe(
      Effect.mapError((error) => {
        const named = [...new Set(optionsNamed(error, options))]
        return new BadInput({
          problem: `invalid ${named.length === 0 ? "input" : named.join(", ")}:\n${ParseResult.TreeFormatter.formatErrorSync(error)}`,
          next,
        })
      }),
    )

/**
 * Refuses an acting person the governance model does not know, before any rule is asked: a typo in
 * `--as` is bad input, not a refusal by the rules.
 */
export const requirePerson = (
  model: Pick<Governance.GovernanceModel, "persons">,
  person: string,
): Effect.Effect<Governance.PersonId, BadInput> => {
  const known = model.persons.find((p) => p.id === person)
  return known !== undefined
    ? Effect.succeed(known.id)
    : Effect.fail(
        new BadInput({
          problem: `--as '${person}' is not a person of the governance model`,
          next: "pass --as with a person id of the model; `weerbaar governance` lists them",
        }),
      )
}

/**
 * An id named on the command line as the core's type. Text that cannot be such an id names nothing
 * in the store, so it fails as an unknown one does: with `problem` and `next`.
 */
export const idOf = <A>(
  schema: Schema.Schema<A, string>,
  value: string,
  problem: string,
  next: string,
): Effect.Effect<A, BadInput> => Effect.mapError(Schema.decode(schema)(value), () => new BadInput({ problem, next }))

/** The acting person (`--as`), required by every command that changes the store, and known to its model. */
export const actorOf = (global: Global) =>
  Option.match(global.as, {
    onNone: () =>
      Effect.fail(
        new BadInput({
          problem: "this command needs the acting person",
          next: "pass --as <person>; `weerbaar governance` lists the persons of the model",
        }),
      ),
    onSome: (person) =>
      Effect.flatMap(
        Effect.flatMap(Programme.Programme, (programme) => programme.model),
        (model) => requirePerson(model, person),
      ),
  })

const euros = String.raw`(\d+)(?:[.,](\d{1,2}))?`
const lineRef = String.raw`([^:]+):([^:]+):(\d{4})`
const budgetLinePattern = new RegExp(`^${lineRef}:${euros}(?::([^:]+))?$`)
const lineRefPattern = new RegExp(`^${lineRef}$`)
const eurosPattern = new RegExp(`^${euros}$`)
const centsOf = (whole: string, fraction = "0") => Number(whole) * 100 + Number(fraction.padEnd(2, "0"))

const fundingSources = Route.fundingSources.join(", ")

/**
 * Parses a budget line `category:organisation:year:euros[:funding]` (euros may have cents:
 * `1250.50`; funding is `programmabudget`, the default, `eigen-bijdrage` or `uren-in-natura`).
 */
export const parseBudgetLine = (
  text: string,
): Effect.Effect<
  { category: string; organisation: string; year: number; amount: number; funding: Route.FundingSource },
  BadInput
> => {
  const match = budgetLinePattern.exec(text.trim())
  if (match === null) {
    return Effect.fail(
      new BadInput({
        problem: `'${text}' is not a budget line`,
        next: `write a budget line as category:organisation:year:euros[:funding], funding one of ${fundingSources} (default programmabudget), e.g. projectleiding:politie-oost-nederland:2016:25000:eigen-bijdrage`,
      }),
    )
  }
  const [, category, organisation, year, whole, fraction, funding] = match
  const source = (funding ?? "programmabudget").trim()
  if (!Route.fundingSources.includes(source as Route.FundingSource)) {
    return Effect.fail(
      new BadInput({
        problem: `budget line '${text}' names funding '${source}', which is not a funding source`,
        next: `end the budget line with one of ${fundingSources}, or leave it off for programmabudget`,
      }),
    )
  }
  return Effect.succeed({
    category: category!.trim(),
    organisation: organisation!.trim(),
    year: Number(year),
    amount: centsOf(whole!, fraction),
    funding: source as Route.FundingSource,
  })
}

/** Parses a partner's task without money, `organisation:description` (the description may hold ':'). */
export const parseTask = (text: string): Effect.Effect<{ organisation: string; task: string }, BadInput> => {
  const colon = text.indexOf(":")
  const organisation = colon < 0 ? "" : text.slice(0, colon).trim()
  const task = colon < 0 ? "" : text.slice(colon + 1).trim()
  return organisation === "" || task === ""
    ? Effect.fail(
        new BadInput({
          problem: `--task '${text}' is not a partner's task`,
          next: "write --task as organisation:description, e.g. --task om-oost-nederland:strafrechtelijke-aanpak-bij-signalen",
        }),
      )
    : Effect.succeed({ organisation, task })
}

/**
 * Parses which budget line is meant: `category:organisation:year`, the budget line as a proposal's
 * `--budget` writes it, without the euros.
 */
export const parseBudgetLineRef = (
  text: string,
  option: string,
): Effect.Effect<{ category: string; organisation: string; year: number }, BadInput> => {
  const match = lineRefPattern.exec(text.trim())
  if (match === null) {
    return Effect.fail(
      new BadInput({
        problem: `${option} '${text}' is not a budget line`,
        next: `write ${option} as category:organisation:year, as in the proposal's --budget without the euros, e.g. projectleiding:politie-oost-nederland:2016`,
      }),
    )
  }
  const [, category, organisation, year] = match
  return Effect.succeed({ category: category!.trim(), organisation: organisation!.trim(), year: Number(year) })
}

/** Parses an amount in euros, as a budget line writes it (`1250`, `1250.50`, `1250,50`), into cents. */
export const parseEuros = (text: string, option: string): Effect.Effect<number, BadInput> => {
  const match = eurosPattern.exec(text.trim())
  return match === null
    ? Effect.fail(
        new BadInput({
          problem: `${option} '${text}' is not an amount in euros`,
          next: `write ${option} in euros without thousands separators, e.g. 1250 or 1250.50`,
        }),
      )
    : Effect.succeed(centsOf(match[1]!, match[2]))
}

// JavaScript rolls 2016-02-31 over to 2 March: only a date that reads back the same exists.
const exists = (date: string) => {
  const time = new Date(`${date}T00:00:00Z`).getTime()
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === date
}

/** A calendar date given on the command line (`YYYY-MM-DD`): one that exists, so not 2016-02-31. */
export const parseDate = (text: string, option: string): Effect.Effect<string, BadInput> =>
  /^\d{4}-\d{2}-\d{2}$/.test(text) && exists(text)
    ? Effect.succeed(text)
    : Effect.fail(new BadInput({ problem: `${option} '${text}' is not a date`, next: `write ${option} as YYYY-MM-DD` }))

/** Today on the programme's clock, as `YYYY-MM-DD`. */
export const today: Effect.Effect<string, never, Programme.ProgrammeRuntime> = Effect.map(
  Effect.flatMap(Programme.ProgrammeRuntime, (runtime) => runtime.now),
  (now) => Kernel.dateOf(now),
)

/** The date given with `option` (`YYYY-MM-DD`), or today on the programme's clock when it is not given. */
export const dateOrToday = (
  date: Option.Option<string>,
  option = "--date",
): Effect.Effect<string, BadInput, Programme.ProgrammeRuntime> =>
  Option.isSome(date) ? parseDate(date.value, option) : today
