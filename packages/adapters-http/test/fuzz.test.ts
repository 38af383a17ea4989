// Hostile input, generated: thousands of requests across every endpoint of the served document,
// valid and not, by every kind of caller. Whatever is asked, the server answers (no hang), never
// with a 5xx, every 4xx is problem+json, and an answer other than 2xx stored nothing. Loopback only.
import { Store } from "@weerbaar/core"
import { Effect, FastCheck as fc } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { checkReply } from "./support/fuzz/checkReply.js"
import { fuzzServer } from "./support/fuzz/fuzzServer.js"
import { type FuzzRequest, type OpenApiDocument, requestArbitrary } from "./support/fuzz/requestArbitrary.js"
import { call, nieuwVoorstel } from "./support/http.js"
import { people, type RunningServer, startServer } from "./support/server.js"

/** A proposal drafted as it should be, now and then, so that later requests reach deeper states. */
const validDraft: FuzzRequest = {
  method: "POST",
  template: "/voorstellen",
  path: [],
  query: [],
  person: people.indexOf("lid-eg-oc-rheden"),
  contentType: "application/json",
  ifMatch: "none",
  idempotencyKey: "fresh",
  body: JSON.stringify(nieuwVoorstel),
}

/** A proposal drafted by someone who is no member of the drafting body, now and then: refused by the rules. */
const outsidersDraft: FuzzRequest = { ...validDraft, person: people.indexOf("manager-riec") }

// The document grows with every resource; the two constant requests keep the rules in reach.
const requestsTo = (doc: OpenApiDocument) =>
  fc.oneof(
    { arbitrary: requestArbitrary(doc, people.length), weight: 30 },
    { arbitrary: fc.constant(validDraft), weight: 1 },
    { arbitrary: fc.constant(outsidersDraft), weight: 1 },
  )

const targetOf = (server: RunningServer) => ({
  baseUrl: server.baseUrl,
  tokens: people.map((p) => server.tokens[p]),
  lastPosition: server.lastPosition,
})

describe("generated hostile requests against the served API", () => {
  let server: RunningServer
  let doc: OpenApiDocument
  let known: Array<string>
  beforeAll(async () => {
    server = await startServer()
    doc = (await call(server, undefined, "GET", "/v1/openapi.json")).body
    known = [(await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })).body.id]
  })
  afterAll(() => server?.close())

  it("10,000 requests: each answered, none 5xx, every 4xx a problem, nothing stored without a 2xx; then the server answers and its chain verifies", async () => {
    const { sent, finding, statuses } = await fuzzServer(targetOf(server), requestsTo(doc), {
      runs: 500,
      perRun: 20,
      known,
      patience: 10_000,
    })
    expect(finding).toBeUndefined()
    expect(sent).toBe(10_000)
    // The requests reached the rules, not only the door: writes succeeded and were refused.
    for (const status of [200, 201, 400, 401, 404, 409, 415])
      expect(statuses.get(status) ?? 0, `${status}`).toBeGreaterThan(0)
    expect((await call(server, "secretaris-dvo", "GET", "/v1/randvoorwaarden")).status).toBe(200)
    expect(await server.verify()).toBe(true)
  }, 240_000)
})

describe("the fuzz finds a broken server", () => {
  // A store that keeps every append and then reports a failure: the server answers with an error
  // for a command whose events were stored, which the fuzz must catch. (A store that claims a
  // conflict after storing is no test of it: the runtime decides again and the idempotency key
  // answers the stored result.)
  let broken: RunningServer
  let doc: OpenApiDocument
  let armed = false
  beforeAll(async () => {
    broken = await startServer({}, (store) => ({
      ...store,
      append: (writes, metadata) =>
        armed
          ? Effect.flatMap(store.append(writes, metadata), () =>
              Effect.fail(new Store.EventStoreFailure({ operation: "append", reason: "kapot na het opslaan" })),
            )
          : store.append(writes, metadata),
    }))
    armed = true
    doc = (await call(broken, undefined, "GET", "/v1/openapi.json")).body
  })
  afterAll(() => broken?.close())

  it("reports a non-2xx answer whose events were stored", async () => {
    const { finding } = await fuzzServer(targetOf(broken), requestsTo(doc), {
      runs: 100,
      perRun: 20,
      known: [],
      patience: 10_000,
      seed: 17,
    })
    expect(finding).toMatch(/→ 5\d\d: a server error|not a success, yet events were stored/)
  }, 120_000)
})

describe("what the fuzz holds each answer to", () => {
  const reply = (status: number, contentType: string, text: string) => ({
    method: "POST",
    url: "/v1/voorstellen",
    status,
    contentType,
    text,
    sent: "{}",
  })
  const problem = (status: number) => JSON.stringify({ type: "urn:x", title: "t", status })

  it("a refusal that stored events is a finding; a success that stored them is not", () => {
    expect(checkReply(reply(409, "application/problem+json", problem(409)), { before: 3, after: 4 })).toMatch(
      /yet events were stored/,
    )
    expect(checkReply(reply(201, "application/json", "{}"), { before: 3, after: 4 })).toBeUndefined()
  })

  it("a 4xx must be a problem with its own status and a title", () => {
    const unchanged = { before: 3, after: 3 }
    expect(checkReply(reply(400, "application/json", "{}"), unchanged)).toMatch(/not problem\+json/)
    expect(checkReply(reply(400, "application/problem+json", problem(404)), unchanged)).toMatch(/status is 404/)
    expect(checkReply(reply(400, "application/problem+json", "no json"), unchanged)).toMatch(/no JSON/)
    expect(checkReply(reply(400, "application/problem+json", problem(400)), unchanged)).toBeUndefined()
  })
})
