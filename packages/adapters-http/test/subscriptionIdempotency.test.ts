import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer({ allowedCallbackHosts: ["10.0.0.1"] })
})
afterAll(() => server?.close())

const abonnement = (hook: string) => ({ callbackUrl: `https://10.0.0.1/${hook}`, kanalen: ["besluiten"] })
const subscribe = (key: string, hook: string) =>
  call(server, "lid-eg-oc-rheden", "POST", "/v1/abonnementen", {
    headers: { "idempotency-key": key },
    body: abonnement(hook),
  })
const reused = "urn:weerbaar:problem:idempotentiesleutel-hergebruikt"

describe("POST /v1/abonnementen with an Idempotency-Key", () => {
  it("the same request again answers the first subscription, its secret included, and stores nothing", async () => {
    const first = await subscribe("abo-1", "een")
    expect(first.status).toBe(201)
    const before = await server.lastPosition()
    const again = await subscribe("abo-1", "een")
    expect([again.status, again.body]).toEqual([201, first.body])
    expect(await server.lastPosition()).toBe(before)
  })

  it("reused with another body is 422 problem+json, and stores nothing", async () => {
    expect((await subscribe("abo-2", "een")).status).toBe(201)
    const before = await server.lastPosition()
    const other = await subscribe("abo-2", "ander")
    expect([other.status, other.body.type]).toEqual([422, reused])
    expect(other.headers.get("content-type")).toContain("application/problem+json")
    expect(await server.lastPosition()).toBe(before)
  })

  it("a key first used on another endpoint is 422 here, and one first used here is 422 there", async () => {
    const voorstel = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      headers: { "idempotency-key": "abo-3" },
      body: nieuwVoorstel,
    })
    expect(voorstel.status).toBe(201)
    const before = await server.lastPosition()
    const here = await subscribe("abo-3", "een")
    expect([here.status, here.body.type]).toEqual([422, reused])
    expect(await server.lastPosition()).toBe(before)
    expect((await subscribe("abo-4", "een")).status).toBe(201)
    const after = await server.lastPosition()
    const elsewhere = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      headers: { "idempotency-key": "abo-4" },
      body: nieuwVoorstel,
    })
    expect([elsewhere.status, elsewhere.body.type]).toEqual([422, reused])
    expect(await server.lastPosition()).toBe(after)
  })
})
