import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { HttpApiDecodeError } from "@effect/platform/HttpApiError"
import { RouteNotFound } from "@effect/platform/HttpServerError"
import { Effect } from "effect"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { UnsupportedMediaType } from "../api/Problem.js"
import { fromDecodeError, invalidRequest, notFound } from "./problems.js"
import { addApiHeaders, openApiPath, openApiPreflight } from "./responseHeaders.js"

const bodyMethods = new Set(["POST", "PUT", "PATCH"])

/** Whether a content type is JSON (`application/json` or `application/<x>+json`). @category server */
export const isJsonMediaType = (contentType: string): boolean =>
  /^application\/(.+\+)?json\b/.test(contentType.toLowerCase())

/**
 * What every request passes before its handler, and how framework failures become problems: a
 * body that is not JSON is 415, malformed JSON is 400, a request that does not match the contract
 * is 400 listing every invalid parameter, an unknown path is 404 — all as problem+json.
 * @category server
 */
export const ApiMiddlewareLive = HttpApiBuilder.middleware(WeerbaarApi, (app) =>
  Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    const path = new URL(request.url, "http://localhost").pathname
    yield* addApiHeaders(path)
    if (path === openApiPath && request.method === "OPTIONS") return openApiPreflight
    // No redirect for a trailing slash: such a URI does not exist.
    if (path.length > 1 && path.endsWith("/")) {
      return yield* Effect.fail(
        notFound(`${request.method} ${path} (zonder afsluitende / — without the trailing slash)`),
      )
    }
    if (bodyMethods.has(request.method)) {
      const length = request.headers["content-length"]
      const hasBody = (length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined
      const contentType = (request.headers["content-type"] ?? "").toLowerCase()
      if (hasBody && !isJsonMediaType(contentType)) {
        return yield* Effect.fail(
          new UnsupportedMediaType({
            type: "urn:weerbaar:problem:mediatype-niet-ondersteund",
            title: "Mediatype niet ondersteund / Unsupported media type",
            status: 415,
            detail: `De body moet application/json zijn, niet '${contentType || "(geen)"}' / The body must be application/json`,
          }),
        )
      }
      if (hasBody) {
        // Parsed here once (the request caches its text) so that malformed JSON is a 400, not a defect.
        const text = yield* Effect.orElseSucceed(request.text, () => "")
        try {
          JSON.parse(text)
        } catch (error) {
          return yield* Effect.fail(
            invalidRequest([{ name: "body", code: "invalid-json", reason: (error as Error).message }]),
          )
        }
      }
    }
    return yield* app
  }).pipe(
    // The framework's own failures are not in the contract's types; they are caught by value.
    Effect.catchIf(
      (error: unknown) => error instanceof HttpApiDecodeError,
      (error) =>
        Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) =>
          Effect.fail(fromDecodeError(error as unknown as HttpApiDecodeError, request.method)),
        ),
    ),
    Effect.catchIf(
      (error: unknown) => error instanceof RouteNotFound,
      (error) => {
        const request = (error as unknown as RouteNotFound).request
        return Effect.fail(notFound(`${request.method} ${request.url}`))
      },
    ),
  ),
)
