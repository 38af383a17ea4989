import { HttpApp, HttpServerResponse } from "@effect/platform"
import type { Programme } from "@weerbaar/core"
import { Effect } from "effect"
import type {
  InvalidRequest,
  PreconditionFailed,
  PreconditionRequired,
  RuleRefusal,
  ServiceUnavailable,
} from "../api/Problem.js"
import { etagOf, versionOfEtag } from "./representations.js"
import { invalidRequest, preconditionFailed, preconditionRequired, ruleRefusal, unavailable } from "./problems.js"

/** The problems a command can end in. @category server */
export type CommandProblem = RuleRefusal | PreconditionFailed | ServiceUnavailable

/** Maps the ways a command fails to the API's problems. @category server */
export const asProblem = <A, R>(
  effect: Effect.Effect<A, Programme.ExecuteError, R>,
): Effect.Effect<A, CommandProblem, R> =>
  Effect.catchAll(effect, (error): Effect.Effect<never, CommandProblem> => {
    switch (error._tag) {
      case "Refused":
        return Effect.fail(ruleRefusal(error))
      case "StreamVersionConflict":
        return Effect.fail(preconditionFailed(etagOf(error.actualVersion)))
      case "NoGovernanceModel":
        return Effect.fail(
          unavailable("Er is nog geen bestuursmodel vastgesteld / No governance model has been adopted"),
        )
      case "EventStoreFailure":
      case "UndecodableEvent":
        return Effect.fail(unavailable(error.message))
      default: {
        const unknown: never = error
        return unknown
      }
    }
  })

/** Maps read failures to 503. @category server */
export const readOrUnavailable = <A, R>(
  effect: Effect.Effect<A, Programme.ReadError | Programme.NoGovernanceModel, R>,
): Effect.Effect<A, ServiceUnavailable, R> =>
  Effect.mapError(effect, (error) =>
    unavailable(
      error._tag === "NoGovernanceModel"
        ? "Er is nog geen bestuursmodel vastgesteld / No governance model has been adopted"
        : error.message,
    ),
  )

/** The stream version `If-Match` names; 428 when it is missing, 400 when it is not an ETag. @category server */
export const requiredVersion = (
  ifMatch: string | undefined,
): Effect.Effect<number, PreconditionRequired | InvalidRequest> => {
  if (ifMatch === undefined || ifMatch.trim() === "") return Effect.fail(preconditionRequired())
  const version = versionOfEtag(ifMatch)
  return version === undefined
    ? Effect.fail(
        invalidRequest([
          { name: "header.if-match", code: "invalid", reason: `'${ifMatch}' is not an ETag of this API` },
        ]),
      )
    : Effect.succeed(version)
}

/** Sets a header on the response this request will get. @category server */
export const withResponseHeader = (name: string, value: string): Effect.Effect<void> =>
  HttpApp.appendPreResponseHandler((_request, response) =>
    Effect.succeed(HttpServerResponse.setHeader(response, name, value)),
  )
