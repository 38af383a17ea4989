import { HttpApp, HttpServerResponse } from "@effect/platform"
import { Effect } from "effect"
import { apiVersion } from "../api/WeerbaarApi.js"

/** The path of the OpenAPI document, open to every origin. @category server */
export const openApiPath = "/v1/openapi.json"

/**
 * Adds to the response this request will get the headers every response carries (API Design
 * Rules and security): `API-Version`, `nosniff`, `frame-ancestors 'none'`, `no-store`; and, for
 * the OpenAPI document, CORS open to every origin.
 * @category server
 */
export const addApiHeaders = (path: string): Effect.Effect<void> =>
  HttpApp.appendPreResponseHandler((_request, response) =>
    Effect.succeed(HttpServerResponse.setHeaders(response, apiHeadersFor(path))),
  )

const apiHeaders = {
  "api-version": apiVersion,
  "x-content-type-options": "nosniff",
  "content-security-policy": "frame-ancestors 'none'",
  "cache-control": "no-store",
} as const

/** The headers every response to a path carries (see {@link addApiHeaders}). @category server */
export const apiHeadersFor = (path: string): Readonly<Record<string, string>> =>
  path === openApiPath
    ? { ...apiHeaders, "access-control-allow-origin": "*", "access-control-expose-headers": "API-Version" }
    : apiHeaders

/** The answer to a CORS preflight for the OpenAPI document. @category server */
export const openApiPreflight = HttpServerResponse.empty({
  status: 204,
  headers: {
    "access-control-allow-methods": "GET, OPTIONS",
    "access-control-allow-headers": "*",
    "access-control-max-age": "86400",
  },
})
