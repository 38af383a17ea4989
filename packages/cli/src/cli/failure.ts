import { exitCodes } from "./exitCodes.js"

type Lang = "nl" | "en"

interface Violation {
  readonly code: string
  readonly explanation: { readonly nl: string; readonly en: string }
}

const tagOf = (error: unknown): string =>
  typeof error === "object" && error !== null && "_tag" in error ? String(error._tag) : ""

const field = (error: unknown, name: string): unknown =>
  typeof error === "object" && error !== null ? (error as Record<string, unknown>)[name] : undefined

const text = (error: unknown): string => {
  const message = field(error, "message")
  return typeof message === "string" && message !== "" ? message : String(error)
}

/** How a failure is told: its exit code, the lines for people, and the JSON for scripts. */
export interface Failure {
  readonly exitCode: number
  readonly lines: ReadonlyArray<string>
  readonly json: unknown
}

const badInput = (problem: string, next: string, kind: string): Failure => ({
  exitCode: exitCodes.badInput,
  lines: [`error: ${problem}`, `next: ${next}`],
  json: { error: { kind, message: problem, next } },
})

/**
 * The failure of a command as the person or script at the terminal should read it: a refusal by
 * a rule (exit 1) names each rule's code with its explanation in the chosen language; anything
 * else the user can correct is bad input (exit 2). Every failure says what to do next.
 */
export const describeFailure = (error: unknown, lang: Lang): Failure => {
  const tag = tagOf(error)
  switch (tag) {
    case "Refused": {
      const violations = (field(error, "violations") ?? []) as ReadonlyArray<Violation>
      const command = String(field(error, "command") ?? "")
      const next =
        lang === "nl"
          ? "los de genoemde regel op, of vraag met `weerbaar allowed <item> --as <persoon>` wat nu mag"
          : "resolve the rule named, or ask `weerbaar allowed <item> --as <person>` what may be done now"
      return {
        exitCode: exitCodes.refused,
        lines: [
          `${lang === "nl" ? "geweigerd" : "refused"}: ${command}`,
          ...violations.map((v) => `  ${v.code}: ${v.explanation[lang]}`),
          `next: ${next}`,
        ],
        json: {
          refused: {
            command,
            violations: violations.map((v) => ({ code: v.code, explanation: v.explanation[lang] })),
          },
          next,
        },
      }
    }
    case "CheckFailed":
      return {
        exitCode: exitCodes.refused,
        lines: [`check failed: ${text(error)}`, `next: ${String(field(error, "next"))}`],
        json: { error: { kind: tag, message: text(error), next: field(error, "next") } },
      }
    case "BadInput":
      return badInput(text(error), String(field(error, "next")), tag)
    case "NoGovernanceModel":
      return badInput(text(error), "run `weerbaar init` first, or pass --db with the programme's store", tag)
    case "NotAWeerbaarStore":
    case "NewerStoreSchema":
    case "StoreUnavailable":
      return badInput(text(error), "check --db: it must name a weerbaar store (make one with `weerbaar init`)", tag)
    case "ImportRefused":
      return badInput(text(error), "export the log again with `weerbaar export`, and import into a new --db", tag)
    case "HandoverPackageRefused": {
      const explanation = field(error, "explanation") as { nl: string; en: string } | undefined
      const details = String(field(error, "details") ?? "")
      const message = `${explanation?.[lang] ?? text(error)}${details === "" ? "" : ` (${details})`}`
      return badInput(message, "ask the handing programme for the package again (`weerbaar handover export`)", tag)
    }
    case "InvalidGovernanceModel":
      return badInput(
        text(error),
        "fix the model file at the paths named, or start from `--preset samen-weerbaar`",
        tag,
      )
    case "UnknownPerson":
      return badInput(text(error), "`weerbaar governance` lists the persons of the model", tag)
    case "StreamVersionConflict":
      return badInput(text(error), "someone changed it meanwhile: look again with `show` and retry", tag)
    default:
      return {
        exitCode: exitCodes.badInput,
        lines: [
          `error: ${text(error)}`,
          "next: run the command with --help; if it persists, report it with the command line",
        ],
        json: { error: { kind: tag === "" ? "Error" : tag, message: text(error) } },
      }
  }
}

/** Prints a failure: the lines on stderr, the JSON on stdout with `--json`; and sets the exit code. */
export const reportFailure = (told: Failure, json: boolean): void => {
  if (json) process.stdout.write(`${JSON.stringify(told.json, null, 2)}\n`)
  process.stderr.write(`${told.lines.join("\n")}\n`)
  process.exitCode = told.exitCode
}
