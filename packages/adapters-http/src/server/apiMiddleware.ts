import { HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { HttpApiDecodeError } from "@effect/platform/HttpApiError"
import { RouteNotFound } from "@effect/platform/HttpServerError"
import { NodeHttpServerRequest } from "@effect/platform-node"
import { Effect } from "effect"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { UnsupportedMediaType } from "../api/Problem.js"
import { fromDecodeError, invalidRequest, notFound } from "./problems.js"
import { allowedMethods } from "./allowedMethods.js"
import { addBearerChallenge } from "./bearerChallenge.js"
import { nestsDeeperThan } from "./jsonDepth.js"
import { type BodyRead, readBody, withBody } from "./requestBody.js"
import { addApiHeaders, openApiPath, openApiPreflight } from "./responseHeaders.js"
import { transportLimits } from "./transportLimits.js"
import { methodNotAllowed, payloadTooLarge } from "./transportProblems.js"

const bodyMethods = new Set(["POST", "PUT", "PATCH"])

/**
 * Whether a content type is `application/json` (parameters such as `charset` aside): the one
 * media type the API's bodies take.
 * @category server
 */
export const isApplicationJson = (contentType: string): boolean =>
  contentType.split(";")[0]!.trim().toLowerCase() === "application/json"

/**
 * What every request passes before its handler, and how framework failures become problems: a
 * body that is not `application/json` is 415, one over the size limit 413, malformed or too deeply
 * nested JSON 400, a request that does not match the contract 400 listing every invalid
 * parameter, an unknown path 404 and a method its path does not take 405 — all as problem+json.
 * @category server
 */
export const ApiMiddlewareLive = HttpApiBuilder.middleware(WeerbaarApi, (app) =>
  Effect.gen(function* () {
    const request = yield* HttpServerRequest.HttpServerRequest
    const path = new URL(request.url, "http://localhost").pathname
    yield* addApiHeaders(path)
    yield* addBearerChallenge
    if (path === openApiPath && request.method === "OPTIONS") return openApiPreflight
    // No redirect for a trailing slash: such a URI does not exist.
    if (path.length > 1 && path.endsWith("/")) {
      return yield* Effect.fail(
        notFound(`${request.method} ${path} (zonder afsluitende / — without the trailing slash)`),
      )
    }
    // A method the path does not take is 405 whatever its body, before the body is looked at.
    const allowed = allowedMethods(path)
    if (allowed.length > 0 && !allowed.includes(request.method)) {
      return methodNotAllowed(request.method, path, allowed)
    }
    if (bodyMethods.has(request.method)) {
      const length = request.headers["content-length"]
      const hasBody = (length !== undefined && length !== "0") || request.headers["transfer-encoding"] !== undefined
      const contentType = request.headers["content-type"] ?? ""
      // Any other type would reach the framework's byte reader, which waits for good — also for
      // an empty body — so a type is refused whenever one is given.
      if ((hasBody || contentType !== "") && !isApplicationJson(contentType)) {
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
        if (length !== undefined && Number(length) > transportLimits.maxBodyBytes) return payloadTooLarge()
        const read = yield* Effect.orElseSucceed(
          readBody(NodeHttpServerRequest.toIncomingMessage(request), transportLimits.maxBodyBytes),
          (): BodyRead => ({ _tag: "Read", text: "" }),
        )
        if (read._tag === "TooLarge") return payloadTooLarge()
        if (nestsDeeperThan(read.text, transportLimits.maxJsonDepth)) {
          return yield* Effect.fail(
            invalidRequest([
              {
                name: "body",
                code: "too-deep",
                reason: `JSON mag ten hoogste ${transportLimits.maxJsonDepth} niveaus diep zijn / JSON may nest at most ${transportLimits.maxJsonDepth} levels`,
              },
            ]),
          )
        }
        try {
          JSON.parse(read.text)
        } catch (error) {
          return yield* Effect.fail(
            invalidRequest([{ name: "body", code: "invalid-json", reason: (error as Error).message }]),
          )
        }
        return yield* Effect.provideService(app, HttpServerRequest.HttpServerRequest, withBody(request, read.text))
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
        const path = new URL(request.url, "http://localhost").pathname
        const allowed = allowedMethods(path)
        return allowed.length === 0 || allowed.includes(request.method)
          ? Effect.fail(notFound(`${request.method} ${request.url}`))
          : Effect.succeed(methodNotAllowed(request.method, path, allowed))
      },
    ),
  ),
)
