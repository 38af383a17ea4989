import type { IncomingMessage, RequestListener, ServerResponse } from "node:http"
import { Readable } from "node:stream"
import {
  type Executed,
  ItemId,
  type ItemKind,
  Programme,
  ProgrammeRuntime,
  type RouteCommand,
  type RouteOptions,
} from "@weerbaar/core"
import { Cause, Effect, Either, Exit, Option, Runtime, Schema } from "effect"
import { problemJson, ResourceNotFound, ServiceUnavailable } from "../api/Problem.js"
import { NieuwBesluit, NieuweIntrekking, NieuweTerugtrekking, NieuwStuk, StukInhoud } from "../api/resources.js"
import { itemResources } from "../api/WeerbaarApi.js"
import { AccessTokens } from "./AccessTokens.js"
import { idempotencyKeyOf, requiredVersion } from "./execution.js"
import {
  decisionIdOf,
  decisionOf,
  draftOf,
  editOf,
  idPrefixes,
  type ItemCommandOf,
  revocationOf,
  submitOf,
  withdrawalOf,
} from "./itemRequests.js"
import { createdBy, type ItemView, type ItemViewProblem, makeItemViews, newItem } from "./itemViews.js"
import { etagOf } from "./representations.js"
import { apiHeadersFor } from "./responseHeaders.js"

// The command lane serves the approval route's commands on items straight from Node's request, for
// throughput: the HttpApi pipeline costs more per request than deciding and storing a command (ADR
// 0011). It serves only the path where everything is in order and the command is stored. Every other
// request — a bad token, media type, JSON or field, a missing If-Match, an unknown item, a refusal,
// a conflict, an idempotent replay — goes unchanged to the HttpApi app, which answers it as the
// contract says. Nothing is stored before the lane hands a request on, so the app decides afresh.

// Bodies of commands are small; a larger one is left to the app and its limit.
const largestBody = 256 * 1024

type Endpoint = "draft" | "edit" | "submit" | "decide" | "withdraw" | "revoke"

const commandOfSubResource: ReadonlyMap<string, Endpoint> = new Map([
  ["indieningen", "submit"],
  ["besluiten", "decide"],
  ["terugtrekkingen", "withdraw"],
  ["intrekkingen", "revoke"],
])

const kindOfResource = new Map<string, keyof typeof itemResources & ItemKind>(
  Object.entries(itemResources).map(([kind, resource]) => [resource, kind as keyof typeof itemResources & ItemKind]),
)

interface LaneRequest {
  readonly endpoint: Endpoint
  readonly kind: keyof typeof itemResources & ItemKind
  readonly itemId: string | undefined
}

const idPattern = /^[A-Za-z0-9._~-]+$/

// Other JSON media types are left to the app, which chooses how to decode them.
const isPlainJson = (contentType: string | undefined) =>
  contentType !== undefined && contentType.split(";")[0]!.trim().toLowerCase() === "application/json"

/** The command endpoint a request is for, or undefined for every other request. */
const laneRequestOf = (method: string | undefined, url: string | undefined): LaneRequest | undefined => {
  if (url === undefined || (method !== "POST" && method !== "PUT")) return undefined
  const [empty, v1, resource, id, sub, ...rest] = url.split("/")
  if (empty !== "" || v1 !== "v1" || resource === undefined || rest.length > 0) return undefined
  const kind = kindOfResource.get(resource)
  if (kind === undefined) return undefined
  if (id === undefined) return method === "POST" ? { endpoint: "draft", kind, itemId: undefined } : undefined
  // Ids with escapes, queries or anything unusual are decoded by the app's router.
  if (!idPattern.test(id)) return undefined
  if (sub === undefined) return method === "PUT" ? { endpoint: "edit", kind, itemId: id } : undefined
  const endpoint = commandOfSubResource.get(sub)
  return endpoint !== undefined && method === "POST" ? { endpoint, kind, itemId: id } : undefined
}

interface Answer {
  readonly status: number
  readonly headers: Readonly<Record<string, string>>
  readonly body: string
}

/** The lane hands the request to the app: nothing was stored for it. */
class HandOver {
  readonly _tag = "HandOver"
}
const handOver = new HandOver()

const decoderOf = <A, I>(schema: Schema.Schema<A, I>) => {
  const decode = Schema.decodeUnknownEither(schema)
  return (body: unknown): Effect.Effect<A, HandOver> =>
    Either.match(decode(body), { onLeft: () => Effect.fail(handOver), onRight: Effect.succeed })
}
const decodeNieuwStuk = decoderOf(NieuwStuk)
const decodeStukInhoud = decoderOf(StukInhoud)
const decodeNieuwBesluit = decoderOf(NieuwBesluit)
const decodeNieuweTerugtrekking = decoderOf(NieuweTerugtrekking)
const decodeNieuweIntrekking = decoderOf(NieuweIntrekking)
const encodeProblem = Schema.encodeSync(Schema.Union(ResourceNotFound, ServiceUnavailable))

/** A stream that gives the request's body again, for the app after the lane read it. */
const replayed = (request: IncomingMessage, body: Buffer): IncomingMessage => {
  let given = false
  const again = new Readable({
    read() {
      if (!given) {
        given = true
        this.push(body)
      }
      this.push(null)
    },
  })
  return Object.assign(again, {
    headers: request.headers,
    rawHeaders: request.rawHeaders,
    method: request.method,
    url: request.url,
    httpVersion: request.httpVersion,
    socket: request.socket,
  }) as unknown as IncomingMessage
}

/**
 * Puts the command lane in front of the API's request listener: the approval route's commands
 * that succeed are served directly, everything else by `app`.
 * @category server
 */
export const withCommandLane = (
  app: RequestListener,
): Effect.Effect<RequestListener, never, Programme | ProgrammeRuntime | AccessTokens> =>
  Effect.gen(function* () {
    const programme = yield* Programme
    const runtime = yield* ProgrammeRuntime
    const tokens = yield* AccessTokens
    const runCallback = Runtime.runCallback(yield* Effect.runtime<never>())
    const views = new Map([...kindOfResource.values()].map((kind) => [kind, makeItemViews(runtime, kind)] as const))

    // The token is checked against the tokens as last read, and the command's append holds their
    // stream: a token issued or revoked since makes the command store nothing, and the app decides.
    const holderOf = (authorization: string | undefined) => {
      if (authorization === undefined || !authorization.startsWith("Bearer ")) return Effect.fail(handOver)
      const token = authorization.slice("Bearer ".length).trim()
      if (token === "") return Effect.fail(handOver)
      return Effect.flatMap(
        Effect.orElseFail(tokens.verifyHeld(token), () => handOver),
        (holder) => (Option.isSome(holder) ? Effect.succeed(holder.value) : Effect.fail(handOver)),
      )
    }

    /** Executes the command; anything but a first, stored execution hands the request over. */
    const executed = (
      holder: Effect.Effect.Success<ReturnType<typeof holderOf>>,
      command: RouteCommand,
      options: RouteOptions,
    ) =>
      programme.route(holder.person, command, Object.assign({}, options, { holds: [holder.held] })).pipe(
        Effect.mapError(() => handOver),
        Effect.filterOrFail(
          (result: Executed) => !result.duplicate,
          () => handOver,
        ),
      )

    const itemAnswer = (status: number, path: string, view: ItemView, location?: string): Answer => ({
      status,
      headers: Object.assign(
        {},
        apiHeadersFor(path),
        { "content-type": "application/json", etag: etagOf(view.version) },
        location === undefined ? {} : { location },
      ),
      // A `Stuk` transforms none of its fields: its JSON is its encoded form, which
      // `test/representations.test.ts` holds for every Stuk. The lane spares the encoding.
      body: JSON.stringify(view.stuk),
    })

    const problemAnswer = (path: string, problem: ItemViewProblem): Answer => ({
      status: problem.status,
      headers: Object.assign({}, apiHeadersFor(path), { "content-type": problemJson }),
      body: JSON.stringify(encodeProblem(problem)),
    })

    /** Once a command is stored, the request is answered here, whatever showing the item gives. */
    const shown = (status: number, path: string, view: Effect.Effect<ItemView, ItemViewProblem>, location?: string) =>
      Effect.match(view, {
        onFailure: (problem) => problemAnswer(path, problem),
        onSuccess: (item) => itemAnswer(status, path, item, location),
      })

    const serve = (lane: LaneRequest, request: IncomingMessage, body: unknown): Effect.Effect<Answer, HandOver> =>
      Effect.gen(function* () {
        const path = request.url ?? ""
        const itemViews = views.get(lane.kind)!
        const holder = yield* holderOf(request.headers.authorization)
        const person = holder.person
        const header = (name: string) => {
          const value = request.headers[name]
          return typeof value === "string" ? value : undefined
        }
        const idempotencyKey = yield* Effect.mapError(
          idempotencyKeyOf(person, header("idempotency-key")),
          () => handOver,
        )
        const keyed = idempotencyKey === undefined ? {} : { idempotencyKey }
        if (lane.endpoint === "draft") {
          const payload = yield* decodeNieuwStuk(body)
          const itemId = payload.id ?? (yield* programme.newId(idPrefixes[lane.kind]))
          const result = yield* executed(
            holder,
            draftOf(lane.kind, itemId, payload),
            // An id made just now names no stream yet: the append holds it new, without a read.
            payload.id === undefined ? Object.assign({}, keyed, { expectedVersion: 0 }) : keyed,
          )
          const created = createdBy(result, itemId)
          return yield* shown(
            201,
            path,
            itemViews.viewAfter(created, newItem, result),
            `/v1/${itemViews.resource}/${created}`,
          )
        }
        const itemId = lane.itemId!
        const expectedVersion = yield* Effect.mapError(requiredVersion(header("if-match")), () => handOver)
        const commandOf = yield* commandOfRequest(lane.endpoint, body)
        const before = yield* Effect.mapError(itemViews.load(itemId), () => handOver)
        // Decided on the item as read here: its stream is not read a second time.
        const result = yield* executed(holder, commandOf(ItemId.make(itemId)), {
          expectedVersion,
          ...keyed,
          item: { state: before.item, version: before.version },
        })
        return yield* shown(lane.endpoint === "edit" ? 200 : 201, path, itemViews.viewAfter(itemId, before, result))
      })

    const decisionId = (id: string | undefined) => decisionIdOf(programme.newId, id)

    const commandOfRequest = (
      endpoint: Exclude<Endpoint, "draft">,
      body: unknown,
    ): Effect.Effect<ItemCommandOf, HandOver> => {
      switch (endpoint) {
        case "edit":
          return Effect.map(decodeStukInhoud(body), editOf)
        case "submit":
          return Effect.succeed(submitOf())
        case "decide":
          return Effect.flatMap(decodeNieuwBesluit(body), (payload) =>
            Effect.map(decisionId(payload.id), (id) => decisionOf(payload, id)),
          )
        case "withdraw":
          return Effect.map(decodeNieuweTerugtrekking(body), withdrawalOf)
        case "revoke":
          return Effect.flatMap(decodeNieuweIntrekking(body), (payload) =>
            Effect.map(decisionId(payload.id), (id) => revocationOf(payload, id)),
          )
      }
    }

    const respond = (response: ServerResponse, answer: Answer) => {
      response.writeHead(
        answer.status,
        Object.assign({}, answer.headers, { "content-length": String(Buffer.byteLength(answer.body)) }),
      )
      response.end(answer.body)
    }

    return (request, response) => {
      const lane = laneRequestOf(request.method, request.url)
      const length = Number(request.headers["content-length"] ?? "0")
      if (
        lane === undefined ||
        request.headers["transfer-encoding"] !== undefined ||
        !Number.isSafeInteger(length) ||
        length > largestBody ||
        (length > 0 && !isPlainJson(request.headers["content-type"]))
      ) {
        return app(request, response)
      }
      const chunks: Array<Buffer> = []
      request.on("data", (chunk: Buffer) => chunks.push(chunk))
      request.on("error", () => undefined)
      request.on("end", () => {
        const raw = Buffer.concat(chunks)
        const hand = () => app(replayed(request, raw), response)
        let body: unknown
        try {
          body = raw.length === 0 ? undefined : JSON.parse(raw.toString("utf8"))
        } catch {
          return hand()
        }
        runCallback(serve(lane, request, body), {
          onExit: (exit) => {
            if (Exit.isSuccess(exit)) return respond(response, exit.value)
            if (Option.isSome(Cause.failureOption(exit.cause))) return hand()
            // A defect may come after the command was stored: never run it a second time.
            respond(response, { status: 500, headers: apiHeadersFor(request.url ?? ""), body: "" })
          },
        })
      })
    }
  })
