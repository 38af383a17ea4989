import { HttpApiMiddleware, HttpApiSecurity } from "@effect/platform"
import type { Governance } from "@weerbaar/core"
import { Context } from "effect"
import { NotAuthenticated } from "./Problem.js"

/** The person of the governance model that the bearer token belongs to. @category authentication */
export class CurrentPerson extends Context.Tag("@weerbaar/adapters-http/CurrentPerson")<
  CurrentPerson,
  { readonly person: Governance.PersonId; readonly tokenId: string }
>() {}

/**
 * Bearer-token authentication: every resource but the OpenAPI document and its documentation
 * needs a token bound to a person of the governance model.
 * @category authentication
 */
export class Authentication extends HttpApiMiddleware.Tag<Authentication>()("Authentication", {
  failure: NotAuthenticated,
  provides: CurrentPerson,
  security: { bearer: HttpApiSecurity.bearer },
}) {}
