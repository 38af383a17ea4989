import { Effect, Layer, Option, Redacted } from "effect"
import { Authentication } from "../api/Authentication.js"
import { NotAuthenticated } from "../api/Problem.js"
import { AccessTokens } from "./AccessTokens.js"

const refused = (detail: string) =>
  new NotAuthenticated({
    type: "urn:weerbaar:problem:niet-geauthenticeerd",
    title: "Niet geauthenticeerd / Not authenticated",
    status: 401,
    detail,
  })

/**
 * Bearer authentication on the {@link AccessTokens}: a missing or empty token and an unknown or
 * revoked one are all 401; a known token provides its person.
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
          return yield* Option.match(holder, {
            onNone: () => Effect.fail(refused("Onbekend of ingetrokken token / Unknown or revoked token")),
            onSome: Effect.succeed,
          })
        }),
    }
  }),
)
