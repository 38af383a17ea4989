import { Either, ParseResult, Schema } from "effect"
import { GovernanceModel } from "./GovernanceModel.js"
import type { ModelProblem } from "./validateModel.js"

/**
 * A governance model that does not decode, with every problem found and its path.
 * @category governance
 */
export class InvalidGovernanceModel extends Schema.TaggedError<InvalidGovernanceModel>()("InvalidGovernanceModel", {
  problems: Schema.Array(
    Schema.Struct({ path: Schema.Array(Schema.Union(Schema.String, Schema.Number)), message: Schema.String }),
  ),
}) {
  override get message(): string {
    return `invalid governance model:\n${this.problems.map((p) => `  ${formatPath(p.path)}: ${p.message}`).join("\n")}`
  }
}

/** A path as JSON Pointer-like text: `memberships[3].to`. @category governance */
export const formatPath = (path: ReadonlyArray<string | number | symbol>): string =>
  path.length === 0
    ? "(model)"
    : path
        .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
        .join("")

const toProblems = (error: ParseResult.ParseError): ReadonlyArray<ModelProblem> =>
  ParseResult.ArrayFormatter.formatErrorSync(error).map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }))

/**
 * Decodes a governance model from its JSON value, checking shape, references and rules, and
 * reporting every problem at once.
 *
 * @example
 * ```ts
 * const model = decodeGovernanceModel(JSON.parse(fs.readFileSync("vnon.json", "utf8")))
 * if (Either.isLeft(model)) console.error(model.left.message)
 * ```
 * @category governance
 */
export const decodeGovernanceModel = (input: unknown): Either.Either<GovernanceModel, InvalidGovernanceModel> =>
  Schema.decodeUnknownEither(GovernanceModel, { errors: "all", onExcessProperty: "error" })(input).pipe(
    Either.mapLeft((error) => new InvalidGovernanceModel({ problems: toProblems(error) })),
  )

/** Parses JSON text and decodes it as a governance model. @category governance */
export const parseGovernanceModel = (text: string): Either.Either<GovernanceModel, InvalidGovernanceModel> => {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return Either.left(
      new InvalidGovernanceModel({ problems: [{ path: [], message: `not JSON: ${(error as Error).message}` }] }),
    )
  }
  return decodeGovernanceModel(json)
}

/** Encodes a governance model to its JSON value. @category governance */
export const encodeGovernanceModel = (model: GovernanceModel): typeof GovernanceModel.Encoded =>
  Schema.encodeSync(GovernanceModel)(model)
