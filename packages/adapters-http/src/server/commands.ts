import type { Governance, Programme } from "@weerbaar/core"
import { Effect } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import type { ChangeHeaders, CreateHeaders } from "../api/headers.js"
import { asProblem, requiredVersion } from "./execution.js"
import { idempotencyOf } from "./idempotency.js"

/** What a command left: the stream version to answer with when it was an idempotent replay. @category server */
export interface CommandOutcome {
  readonly executed: Programme.Executed
  readonly replayedVersion: number | undefined
}

const outcomeOf = (executed: Programme.Executed): CommandOutcome => ({
  executed,
  replayedVersion: executed.duplicate ? executed.streamVersion : undefined,
})

/**
 * Executes a command that creates, for the person of the token, with the idempotency key.
 * @category server
 */
export const executeCreate = <R>(
  headers: typeof CreateHeaders.Type,
  execute: (
    person: Governance.PersonId,
    options: Programme.ExecuteOptions,
  ) => Effect.Effect<Programme.Executed, Programme.ExecuteError, R>,
) =>
  Effect.gen(function* () {
    const { person } = yield* CurrentPerson
    const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
    const executed = yield* asProblem(execute(person, idempotency))
    return outcomeOf(executed)
  })

/**
 * Executes a command on an existing resource: `If-Match` is required (428, 412), the resource must
 * exist (`exists` fails with 404 otherwise), and an idempotency key makes a retry harmless (422 when
 * it was used for another request).
 * @category server
 */
export const executeChange = <E, R1, R2>(
  headers: typeof ChangeHeaders.Type,
  exists: Effect.Effect<unknown, E, R1>,
  execute: (
    person: Governance.PersonId,
    options: Programme.ExecuteOptions,
  ) => Effect.Effect<Programme.Executed, Programme.ExecuteError, R2>,
) =>
  Effect.gen(function* () {
    const { person } = yield* CurrentPerson
    const expectedVersion = yield* requiredVersion(headers["if-match"])
    const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
    yield* exists
    const executed = yield* asProblem(execute(person, { expectedVersion, ...idempotency }))
    return outcomeOf(executed)
  })
