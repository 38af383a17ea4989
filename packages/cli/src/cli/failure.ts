import type { CommandFailure } from "./commandFailure.js"
import { exitCodes } from "./exitCodes.js"

type Lang = "nl" | "en"

/** A failure no command's error type names: a defect, or a module that did not load. */
export interface Unexpected {
  readonly _tag: "Unexpected"
  /** The tag of what was thrown when it had one, else `Error`. */
  readonly kind: string
  readonly message: string
}

/** Wraps a thrown value or a defect for the printer, keeping its tag and message. */
export const unexpected = (error: unknown): Unexpected => {
  const object = typeof error === "object" && error !== null
  const tag = object && "_tag" in error ? String(error._tag) : ""
  const message = object && "message" in error && typeof error.message === "string" ? error.message : ""
  return { _tag: "Unexpected", kind: tag === "" ? "Error" : tag, message: message === "" ? String(error) : message }
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

const otherwise = (kind: string, message: string): Failure => ({
  exitCode: exitCodes.badInput,
  lines: [`error: ${message}`, "next: run the command with --help; if it persists, report it with the command line"],
  json: { error: { kind, message } },
})

/**
 * The failure of a command as the person or script at the terminal should read it: a refusal by
 * a rule (exit 1) names each rule's code with its explanation in the chosen language; anything
 * else the user can correct is bad input (exit 2). Every failure says what to do next.
 */
export const describeFailure = (error: CommandFailure | Unexpected, lang: Lang): Failure => {
  switch (error._tag) {
    case "Refused": {
      const next =
        lang === "nl"
          ? "los de genoemde regel op, of vraag met `weerbaar allowed <item> --as <persoon>` wat nu mag"
          : "resolve the rule named, or ask `weerbaar allowed <item> --as <person>` what may be done now"
      return {
        exitCode: exitCodes.refused,
        lines: [
          `${lang === "nl" ? "geweigerd" : "refused"}: ${error.command}`,
          ...error.violations.map((v) => `  ${v.code}: ${v.explanation[lang]}`),
          `next: ${next}`,
        ],
        json: {
          refused: {
            command: error.command,
            violations: error.violations.map((v) => ({ code: v.code, explanation: v.explanation[lang] })),
          },
          next,
        },
      }
    }
    case "CheckFailed":
      return {
        exitCode: exitCodes.refused,
        lines: [`check failed: ${error.problem}`, `next: ${error.next}`],
        json: { error: { kind: error._tag, message: error.problem, next: error.next } },
      }
    case "BadInput":
      return badInput(error.problem, error.next, error._tag)
    case "NoGovernanceModel":
      return badInput(error.message, "run `weerbaar init` first, or pass --db with the programme's store", error._tag)
    case "NotAWeerbaarStore":
    case "NewerStoreSchema":
    case "StoreUnavailable":
      return badInput(
        error.message,
        "check --db: it must name a weerbaar store (make one with `weerbaar init`)",
        error._tag,
      )
    case "ImportRefused":
      return badInput(
        error.message,
        "export the log again with `weerbaar export`, and import into a new --db",
        error._tag,
      )
    case "HandoverPackageRefused": {
      const message = `${error.explanation[lang]}${error.details === "" ? "" : ` (${error.details})`}`
      return badInput(
        message,
        "ask the handing programme for the package again (`weerbaar handover export`)",
        error._tag,
      )
    }
    case "InvalidGovernanceModel":
      return badInput(
        error.message,
        "fix the model file at the paths named, or start from `--preset samen-weerbaar`",
        error._tag,
      )
    case "UnknownPerson":
      return badInput(error.message, "`weerbaar governance` lists the persons of the model", error._tag)
    case "StreamVersionConflict":
      return badInput(error.message, "someone changed it meanwhile: look again with `show` and retry", error._tag)
    case "EventStoreFailure":
    case "UndecodableEvent":
    case "ServeError":
      return otherwise(error._tag, error.message === "" ? String(error) : error.message)
    case "Unexpected":
      return otherwise(error.kind, error.message)
  }
}

/** Prints a failure: the lines on stderr, the JSON on stdout with `--json`; and sets the exit code. */
export const reportFailure = (told: Failure, json: boolean): void => {
  if (json) process.stdout.write(`${JSON.stringify(told.json, null, 2)}\n`)
  process.stderr.write(`${told.lines.join("\n")}\n`)
  process.exitCode = told.exitCode
}
