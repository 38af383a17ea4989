import { Effect, Layer, Option, Redacted } from "effect"
import { Authentication } from "../api/Authentication.js"
import { NotAuthenticated } from "../api/Problem.js"
import { AccessTokens } from "./AccessTokens.js"
import { withResponseHeader } from "./execution.js"

const refused = (detail: string) =>
  new NotAuthenticated({
    type: "urn:weerbaar:problem:niet-geauthenticeerd",
    title: "Niet geauthenticeerd / Not authenticated",
    status: 401,
    detail,
  })

/**
 * Bearer authentication on the {@link AccessTokens}: a missing or empty token and an unknown,
 * revoked or expired one are all 401 (the last three with `WWW-Authenticate: Bearer
 * error="invalid_token"`, RFC 6750); a valid token provides its person.
 * @category authentication
 */
export const AuthenticationLive = Layer.effect(
  Authentication,
  Effect.gen(function* () {
    const tokens = yield* AccessTokens
    return {
      bearer: (token) =>
        Effect.gen(function* () {
          const value = Redacted.value(token).trim()
          // The framework hands an empty string for a missing header.
          if (value === "") return yield* Effect.fail(refused("Geen bearer-token meegestuurd / No bearer token sent"))
          const holder = yield* Effect.orElseSucceed(tokens.verify(value), () => Option.none())
          if (Option.isSome(holder)) return holder.value
          yield* withResponseHeader("www-authenticate", 'Bearer error="invalid_token"')
          return yield* Effect.fail(
            refused("Onbekend, ingetrokken of verlopen token / Unknown, revoked or expired token"),
          )
        }),
    }
  }),
)
