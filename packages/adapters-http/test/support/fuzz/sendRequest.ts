import { randomUUID } from "node:crypto"
import type { FuzzRequest } from "./requestArbitrary.js"

/** What earlier answers taught: ids that exist and each resource's current ETag. */
export interface FuzzMemory {
  readonly known: Array<string>
  readonly etags: Map<string, string>
}

/** The server as the fuzz sees it: its address, a token per person, and its store's state. */
export interface FuzzTarget {
  readonly baseUrl: string
  readonly tokens: ReadonlyArray<string>
  readonly lastPosition: () => Promise<number>
}

/** One answer, read whole. */
export interface FuzzReply {
  readonly method: string
  readonly url: string
  readonly status: number
  readonly contentType: string
  readonly text: string
  /** What was sent besides the path: headers but the token, and the start of the body. */
  readonly sent: string
}

const reusedKey = "fuzz-hergebruikte-sleutel"

const pick = (memory: FuzzMemory, value: { known: number } | { literal: string }): string =>
  "literal" in value ? value.literal : (memory.known[value.known % memory.known.length] ?? "onbekend")

// A lone surrogate has no UTF-8: it goes out as the bytes of one (invalid UTF-8), as a hostile
// client would send them.
const loneSurrogate = /([\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff])/
const encodeSegment = (text: string): string =>
  text
    .split(loneSurrogate)
    .map((part, i) => (i % 2 === 1 ? "%ED%A0%80" : encodeURIComponent(part)))
    .join("")

/** The request's path and query with its ids picked from what the server gave before. */
export const urlOf = (memory: FuzzMemory, request: FuzzRequest): string => {
  let path = request.template
  for (const p of request.path) path = path.replace(`{${p.name}}`, encodeSegment(pick(memory, p.value)))
  const query = new URLSearchParams(request.query.map(([k, v]): [string, string] => [k, v])).toString()
  return `/v1${path}${query === "" ? "" : `?${query}`}`
}

/**
 * Sends one request. A request that gets no answer in `patience` ms counts as a hang; the answer's
 * ids and ETag are remembered for the requests after it.
 */
export const sendRequest = async (
  target: FuzzTarget,
  memory: FuzzMemory,
  request: FuzzRequest,
  patience: number,
): Promise<FuzzReply> => {
  const url = urlOf(memory, request)
  const headers: Record<string, string> = {}
  if (request.person === "forged") headers.authorization = "Bearer wbr.vervalst.geheim"
  else if (request.person !== "none") headers.authorization = `Bearer ${target.tokens[request.person]}`
  if (request.body !== undefined && request.contentType !== undefined) headers["content-type"] = request.contentType
  const resource = url.split("?")[0]!.split("/").slice(0, 4).join("/")
  const current = memory.etags.get(resource)
  if (request.ifMatch === "current") {
    if (current !== undefined) headers["if-match"] = current
  } else if (request.ifMatch === "stale") headers["if-match"] = '"0"'
  else if (request.ifMatch !== "none") headers["if-match"] = request.ifMatch
  if (request.idempotencyKey === "fresh") headers["idempotency-key"] = randomUUID()
  else if (request.idempotencyKey === "reused") headers["idempotency-key"] = reusedKey
  else if (request.idempotencyKey !== "none") headers["idempotency-key"] = request.idempotencyKey
  const response = await fetch(`${target.baseUrl}${url}`, {
    method: request.method,
    headers,
    ...(request.body === undefined || request.method === "GET" ? {} : { body: request.body }),
    signal: AbortSignal.timeout(patience),
  })
  const text = await response.text()
  const etag = response.headers.get("etag")
  if (response.ok) {
    if (etag !== null) memory.etags.set(resource, etag)
    for (const id of text.matchAll(/"id":"([a-z0-9][a-z0-9._-]{0,79})"/g)) {
      if (!memory.known.includes(id[1]!)) memory.known.push(id[1]!)
    }
  }
  return {
    method: request.method,
    url,
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    text,
    sent: JSON.stringify({
      headers: { ...headers, authorization: request.person },
      body: request.body?.slice(0, 300),
    }),
  }
}
