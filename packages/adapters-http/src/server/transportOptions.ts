import type { ServerOptions } from "node:http"
import type { OpenApi } from "@effect/platform"
import { problemJson } from "../api/Problem.js"
import { bearerRealm } from "./bearerChallenge.js"
import { transportLimits } from "./transportLimits.js"
import { methodNotAllowedType, payloadTooLargeType, requestTimeoutType } from "./transportProblems.js"

/** The timeouts a server is given: each of {@link transportLimits}'s defaults unless overridden. @category server */
export interface TransportTimeouts {
  readonly headersTimeout?: number
  readonly requestTimeout?: number
  readonly keepAliveTimeout?: number
}

const timeoutsOf = (options: TransportTimeouts) => ({
  headersTimeout: options.headersTimeout ?? transportLimits.headersTimeout,
  requestTimeout: options.requestTimeout ?? transportLimits.requestTimeout,
  keepAliveTimeout: options.keepAliveTimeout ?? transportLimits.keepAliveTimeout,
})

/**
 * Node's server options for the timeouts. Node checks them on an interval (30 s unless told),
 * so the interval is a tenth of the shorter one: a late request is answered close to its limit.
 * @category server
 */
export const nodeServerOptions = (options: TransportTimeouts): ServerOptions => {
  const timeouts = timeoutsOf(options)
  return {
    ...timeouts,
    connectionsCheckingInterval: Math.max(10, Math.min(timeouts.headersTimeout, timeouts.requestTimeout) / 10),
  }
}

const problemSchema = (type: string, status: number, description: string) => ({
  type: "object",
  required: ["type", "title", "status", "detail"],
  properties: {
    type: { type: "string", enum: [type], description: "A URI that identifies the kind of problem (RFC 9457)" },
    title: { type: "string" },
    status: { type: "number", enum: [status] },
    detail: { type: "string" },
    instance: { type: "string" },
  },
  additionalProperties: false,
  description,
})

const problemResponse = (name: string, description: string) => ({
  description,
  content: { [problemJson]: { schema: { $ref: `#/components/schemas/${name}` } } },
})

const bodyMethods = new Set(["post", "put", "patch"])

type Operation = {
  requestBody?: { description?: string }
  responses: Record<string, { readonly description?: string; readonly headers?: Record<string, unknown> }>
}

/**
 * The OpenAPI document stating the transport's limits: `x-transport-limits` and the API's
 * description name them; every operation declares 408, every POST, PUT and PATCH 413; every 401
 * declares its `WWW-Authenticate` challenge; the `MethodNotAllowed` schema is the 405 a method
 * a path does not take gets (no operation can declare it).
 * @category server
 */
export const documentTransportLimits = <Document extends OpenApi.OpenAPISpec>(
  document: Document,
  options: TransportTimeouts,
): Document => {
  const timeouts = timeoutsOf(options)
  const { maxBodyBytes, maxJsonDepth } = transportLimits
  const tooLarge = `The body is over ${maxBodyBytes} bytes; it is not read further and the connection closes`
  const tooSlow = `The headers did not arrive within ${timeouts.headersTimeout} ms, or the whole request within ${timeouts.requestTimeout} ms`
  const notAllowed = "A method the path does not take; the Allow header names the ones it does"
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item as Record<string, Operation>).map(([method, operation]) => {
          const responses: Operation["responses"] = { ...operation.responses }
          if (responses["401"] !== undefined) {
            responses["401"] = {
              ...responses["401"],
              headers: {
                ...responses["401"].headers,
                "WWW-Authenticate": {
                  description: `The bearer challenge (RFC 6750): \`Bearer realm="${bearerRealm}"\`, with \`error="invalid_token"\` when a token was sent`,
                  schema: { type: "string" },
                },
              },
            }
          }
          // Headers that stall are 408 before any route is known; a body method's body is read
          // (and may be too large) before its operation is, whether or not it takes one.
          responses["408"] = problemResponse("RequestTimeout", tooSlow)
          if (bodyMethods.has(method)) responses["413"] = problemResponse("PayloadTooLarge", tooLarge)
          if (operation.requestBody === undefined) return [method, { ...operation, responses }]
          const requestBody = {
            ...operation.requestBody,
            description: `application/json of at most ${maxBodyBytes} bytes, nesting arrays and objects at most ${maxJsonDepth} levels deep`,
          }
          return [method, { ...operation, requestBody, responses }]
        }),
      ),
    ]),
  )
  return {
    ...document,
    info: {
      ...document.info,
      description:
        `${document.info.description ?? ""} Every request is answered: a body must be application/json (else 415) of at most ${maxBodyBytes} bytes (else 413), nesting at most ${maxJsonDepth} levels (else 400); headers must arrive within ${timeouts.headersTimeout} ms and the whole request within ${timeouts.requestTimeout} ms (else 408); a method a path does not take is 405 with Allow.`.trim(),
    },
    paths: paths as OpenApi.OpenAPISpec["paths"],
    components: {
      ...document.components,
      schemas: {
        ...document.components.schemas,
        PayloadTooLarge: problemSchema(payloadTooLargeType, 413, tooLarge),
        RequestTimeout: problemSchema(requestTimeoutType, 408, tooSlow),
        MethodNotAllowed: problemSchema(methodNotAllowedType, 405, notAllowed),
      } as OpenApi.OpenAPISpec["components"]["schemas"],
    },
    "x-transport-limits": {
      maxBodyBytes,
      maxJsonDepth,
      headersTimeoutMs: timeouts.headersTimeout,
      requestTimeoutMs: timeouts.requestTimeout,
      keepAliveTimeoutMs: timeouts.keepAliveTimeout,
    },
  }
}
