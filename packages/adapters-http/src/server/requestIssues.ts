import { type HttpApiEndpoint, HttpApiBuilder, HttpServerRequest } from "@effect/platform"
import { HttpApiDecodeError } from "@effect/platform/HttpApiError"
import { Effect, Either, ParseResult, Schema } from "effect"
import type { InvalidRequest, PreconditionRequired } from "../api/Problem.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { fromDecodeError, invalidRequest, preconditionRequired } from "./problems.js"

/** One invalid part of a request, named `header.…`, `path.…`, `query.…` or `body…`. */
interface Issue {
  readonly name: string
  readonly code: string
  readonly reason: string
}

const issueCodes: Record<string, string> = { Missing: "required", Unexpected: "unexpected", Type: "invalid-type" }

const issuesOf = (
  location: "header" | "path" | "query" | "body",
  schema: Schema.Schema.All,
  input: unknown,
): ReadonlyArray<Issue> => {
  const decoded = Schema.decodeUnknownEither(schema as Schema.Schema<unknown, unknown>, { errors: "all" })(input)
  if (Either.isRight(decoded)) return []
  return ParseResult.ArrayFormatter.formatErrorSync(decoded.left).map((issue) => ({
    name: [location, ...issue.path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))]
      .join("")
      .replace(/^body\./, "body."),
    code: issueCodes[issue._tag] ?? "invalid",
    reason: issue.message,
  }))
}

interface Route {
  readonly method: string
  readonly pattern: RegExp
  readonly names: ReadonlyArray<string>
  readonly endpoint: HttpApiEndpoint.HttpApiEndpoint.AnyWithProps
}

// Every endpoint of the contract as a pattern; paths without parameters first, as the router prefers them.
const routes: ReadonlyArray<Route> = Object.values(WeerbaarApi.groups)
  .flatMap((group) => Object.values(group.endpoints) as ReadonlyArray<HttpApiEndpoint.HttpApiEndpoint.AnyWithProps>)
  .map((endpoint) => {
    const names = [...endpoint.path.matchAll(/:(\w+)/g)].map((m) => m[1]!)
    const source = endpoint.path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/:\w+/g, "([^/]+)")
    return { method: endpoint.method, pattern: new RegExp(`^${source}$`), names, endpoint }
  })
  .sort((a, b) => a.names.length - b.names.length)

const decodedSegment = (segment: string): string => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Every invalid part of a request to an endpoint: its path parameters, body, headers and query
 * together. The framework stops at the first part that fails; this decodes them all, so one 400
 * names everything a client has to fix.
 */
export const requestIssues = (request: HttpServerRequest.HttpServerRequest): Effect.Effect<ReadonlyArray<Issue>> =>
  Effect.gen(function* () {
    const url = new URL(request.url, "http://localhost")
    const found = routes
      .map((route) => ({ route, match: route.method === request.method ? route.pattern.exec(url.pathname) : null }))
      .find(({ match }) => match !== null)
    if (found === undefined || found.match === null) return []
    const { endpoint, names } = found.route
    const issues: Array<Issue> = []
    if (endpoint.pathSchema._tag === "Some") {
      const params = Object.fromEntries(names.map((name, i) => [name, decodedSegment(found.match![i + 1]!)]))
      issues.push(...issuesOf("path", endpoint.pathSchema.value, params))
    }
    if (endpoint.headersSchema._tag === "Some")
      issues.push(...issuesOf("header", endpoint.headersSchema.value, request.headers))
    if (endpoint.urlParamsSchema._tag === "Some") {
      const query: Record<string, string | ReadonlyArray<string>> = {}
      for (const key of new Set(url.searchParams.keys())) {
        const values = url.searchParams.getAll(key)
        query[key] = values.length === 1 ? values[0]! : values
      }
      issues.push(...issuesOf("query", endpoint.urlParamsSchema.value, query))
    }
    if (endpoint.payloadSchema._tag === "Some") {
      const text = yield* Effect.orElseSucceed(request.text, () => "")
      const body = yield* Effect.try(() => (text === "" ? undefined : (JSON.parse(text) as unknown))).pipe(
        Effect.orElseSucceed(() => undefined),
      )
      issues.push(...issuesOf("body", endpoint.payloadSchema.value, body))
    }
    // A value outside a set of literals gives one issue per literal: each field is listed once.
    const byName = new Map<string, Issue>()
    for (const issue of issues) {
      const known = byName.get(issue.name)
      byName.set(issue.name, known === undefined ? issue : { ...known, reason: `${known.reason}; ${issue.reason}` })
    }
    return [...byName.values()]
  })

/**
 * The problem for a request the contract refuses: 428 when `If-Match` is all that is missing
 * (RFC 6585), otherwise one 400 listing every invalid header, path parameter, query parameter and
 * body field. Should the request itself hold no issue, the framework's own error is named.
 */
export const requestProblem = (
  request: HttpServerRequest.HttpServerRequest,
  error: HttpApiDecodeError,
): Effect.Effect<InvalidRequest | PreconditionRequired> =>
  Effect.map(requestIssues(request), (issues) => {
    if (issues.length === 0) return fromDecodeError(error, request.method)
    if (issues.length === 1 && issues[0]!.name === "header.if-match" && issues[0]!.code === "required")
      return preconditionRequired()
    return invalidRequest(issues)
  })

/**
 * Turns the framework's decode error into {@link requestProblem}. Registered before the API's
 * other middleware, so that it sees the request with its body as that middleware read it.
 * @category server
 */
export const RequestIssuesLive = HttpApiBuilder.middleware(WeerbaarApi, (app) =>
  Effect.catchAll(app, (error: unknown) =>
    // The framework's own failures are not in the contract's types; they are caught by value.
    error instanceof HttpApiDecodeError
      ? Effect.flatMap(HttpServerRequest.HttpServerRequest, (request) => Effect.flip(requestProblem(request, error)))
      : Effect.fail(error as InvalidRequest),
  ),
)
