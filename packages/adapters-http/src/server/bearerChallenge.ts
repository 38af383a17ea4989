import { HttpApp, HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"

/** The realm named in every `WWW-Authenticate` challenge. @category server */
export const bearerRealm = "weerbaar"

/**
 * Adds the bearer challenge (RFC 6750) to a 401 this request gets, unless the authentication
 * already set one: `error="invalid_token"` when a token was sent, the bare challenge when none was.
 * @category server
 */
export const addBearerChallenge: Effect.Effect<void> = HttpApp.appendPreResponseHandler((request, response) =>
  Effect.succeed(
    response.status === 401 && response.headers["www-authenticate"] === undefined
      ? HttpServerResponse.setHeader(
          response,
          "www-authenticate",
          (request.headers.authorization ?? "").trim() === ""
            ? `Bearer realm="${bearerRealm}"`
            : `Bearer realm="${bearerRealm}", error="invalid_token"`,
        )
      : response,
  ),
)
