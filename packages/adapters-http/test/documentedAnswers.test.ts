import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, expectDocumented, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

// Every test of this package calls through `call` or `checkedFetch`, which hold each answer to the
// served document. These show that the check catches what it should, and that the transport's
// own answers are documented.
let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const problemHeaders = () => new Headers({ "content-type": "application/problem+json", "api-version": "1.0.0" })

describe("every answer of the integration tests is held to the served document", () => {
  it("an undocumented status fails the call, naming the operation and the status", async () => {
    const reply = { status: 418, headers: problemHeaders(), body: { type: "x", title: "x", status: 418 } }
    await expect(expectDocumented(server, "GET", "/v1/organen/stuurgroep", reply)).rejects.toThrow(
      "GET /organen/{id} 418: status not documented",
    )
  })

  it("a body or a declared header that does not fit fails the call, saying what does not fit", async () => {
    const notFound = { status: 404, headers: problemHeaders(), body: { type: "urn:weerbaar:problem:niet-gevonden" } }
    await expect(expectDocumented(server, "GET", "/v1/organen/x", notFound)).rejects.toThrow(
      /GET \/organen\/\{id\} 404: body does not fit: .*required property 'title'/,
    )
    const created = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const headers = new Headers(created.headers)
    headers.delete("location")
    await expect(expectDocumented(server, "POST", "/v1/voorstellen", { ...created, headers })).rejects.toThrow(
      "POST /voorstellen 201: documented header Location not sent",
    )
  })

  it("a method a path does not take is the documented 405, with Allow naming the path's methods", async () => {
    const reply = await call(server, "secretaris-dvo", "DELETE", "/v1/voorstellen")
    expect([reply.status, reply.headers.get("allow")]).toEqual([405, "GET, HEAD, POST"])
    const wrongAllow = new Headers(reply.headers)
    wrongAllow.set("allow", "GET")
    await expect(
      expectDocumented(server, "DELETE", "/v1/voorstellen", { ...reply, headers: wrongAllow }),
    ).rejects.toThrow("Allow is 'GET'")
    expect((await call(server, "secretaris-dvo", "PATCH", "/v1/voorstellen/bestaat-niet")).status).toBe(405)
  })

  it("a path the document does not have may only be 404", async () => {
    expect((await call(server, "secretaris-dvo", "GET", "/v1/bestaat-niet")).status).toBe(404)
    expect((await call(server, "secretaris-dvo", "GET", "/v1/organen/")).status).toBe(404)
    const reply = { status: 200, headers: problemHeaders(), body: {} }
    await expect(expectDocumented(server, "GET", "/v1/bestaat-niet", reply)).rejects.toThrow("no 404")
  })

  it("a POST that takes no body answers a body over the limit with its documented 413", async () => {
    const before = await server.lastPosition()
    const reply = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/voorstellen/x/indieningen",
      {
        headers: { "if-match": '"1"' },
        body: JSON.stringify({ opvulling: "x".repeat(1024 * 1024) }),
      },
    )
    expect(reply.status).toBe(413)
    expect(await server.lastPosition()).toBe(before)
  })
})
