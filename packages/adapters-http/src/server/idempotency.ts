import { HttpServerRequest } from "@effect/platform"
import { Kernel, Store } from "@weerbaar/core"
import { Effect } from "effect"
import { IdempotencyKeyReused, type ServiceUnavailable } from "../api/Problem.js"
import { unavailable } from "./problems.js"

/** What a command is executed with for an `Idempotency-Key`: the key scoped to the person, and the request's fingerprint. */
export interface Idempotency {
  readonly idempotencyKey?: string
  readonly correlationId?: string
}

// The request a key was first used for: method, path and body (canonical, so key order and white
// space do not count). It is stored as the events' correlation id: the events of one request.
const fingerprintOf = (request: HttpServerRequest.HttpServerRequest) =>
  Effect.gen(function* () {
    const text = yield* Effect.orElseSucceed(request.text, () => "")
    const body = yield* Effect.orElseSucceed(
      Effect.try(() => (text === "" ? null : (JSON.parse(text) as unknown))),
      () => text,
    )
    const path = new URL(request.url, "http://localhost").pathname
    return `request:${Kernel.sha256Hex(`${request.method} ${path}\n${Kernel.canonicalJson(body)}`)}`
  })

/** 422 for a key used before for another request (IETF draft "The Idempotency-Key HTTP Header Field"). */
export const idempotencyKeyReused = (): IdempotencyKeyReused =>
  new IdempotencyKeyReused({
    type: "urn:weerbaar:problem:idempotentiesleutel-hergebruikt",
    title: "Idempotency-Key hergebruikt / Idempotency-Key reused",
    status: 422,
    detail:
      "Deze Idempotency-Key is eerder gebruikt voor een ander verzoek (andere body of ander endpoint); gebruik een nieuwe sleutel / This Idempotency-Key was used for another request (another body or endpoint); use a new key",
  })

/**
 * The execute options for an idempotency key: none without a key; with one, the key scoped to the
 * person and the request's fingerprint. A key the person used before for another request — another
 * body, or another endpoint — is refused with 422 before anything is read or decided.
 * @category server
 */
export const idempotencyOf = (
  person: string,
  key: string | undefined,
): Effect.Effect<
  Idempotency,
  IdempotencyKeyReused | ServiceUnavailable,
  HttpServerRequest.HttpServerRequest | Store.EventStore
> =>
  key === undefined
    ? Effect.succeed({})
    : Effect.gen(function* () {
        const idempotencyKey = `${person}:${key}`
        const correlationId = yield* fingerprintOf(yield* HttpServerRequest.HttpServerRequest)
        const store = yield* Store.EventStore
        const earlier = yield* Effect.mapError(store.readByIdempotencyKey(idempotencyKey), (e) =>
          unavailable(e.message),
        )
        // Events stored before requests were fingerprinted carry none: those are replayed as before.
        const first = earlier[0]?.metadata.correlationId
        if (first !== undefined && first !== correlationId) return yield* Effect.fail(idempotencyKeyReused())
        return { idempotencyKey, correlationId }
      })
