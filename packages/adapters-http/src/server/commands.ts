import type { Governance, Programme } from "@weerbaar/core"
import { Effect } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import type { ChangeHeaders, CreateHeaders } from "../api/headers.js"
import { asProblem, idempotencyKeyOf, requiredVersion } from "./execution.js"

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
    const idempotencyKey = yield* idempotencyKeyOf(person, headers["idempotency-key"])
    const executed = yield* asProblem(execute(person, idempotencyKey === undefined ? {} : { idempotencyKey }))
    return outcomeOf(executed)
  })

/**
 * Executes a command on an existing resource: `If-Match` is required (428, 412), the resource must
 * exist (`exists` fails with 404 otherwise), and an idempotency key makes a retry harmless.
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
    const idempotencyKey = yield* idempotencyKeyOf(person, headers["idempotency-key"])
    const expectedVersion = yield* requiredVersion(headers["if-match"])
    yield* exists
    const executed = yield* asProblem(
      execute(person, { expectedVersion, ...(idempotencyKey === undefined ? {} : { idempotencyKey }) }),
    )
    return outcomeOf(executed)
  })
