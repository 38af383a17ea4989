import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, checkedFetch, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
let id: string
let etag: string
beforeAll(async () => {
  server = await startServer()
  const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
  id = drafted.body.id
  etag = drafted.headers.get("etag")!
})
afterAll(() => server?.close())

const feedLength = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten.length

const expectProblem = (reply: { status: number; headers: Headers; body: any }, status: number) => {
  expect(reply.status).toBe(status)
  expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  expect(reply.body).toMatchObject({ status, type: expect.stringMatching(/^urn:weerbaar:problem:/) })
  expect(typeof reply.body.title).toBe("string")
  expect(typeof reply.body.detail).toBe("string")
}

describe("errors as application/problem+json", () => {
  it("400 lists every invalid field at once and stores nothing", async () => {
    const before = await feedLength()
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: {
        opstellendOrgaan: "Expertgroep!",
        titel: "",
        begroting: [{ categorie: "x", organisatie: "vggm", jaar: 1999, bedrag: -1 }],
      },
    })
    expectProblem(reply, 400)
    expect(reply.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(
      [
        "body.begroting[0].bedrag",
        "body.begroting[0].jaar",
        "body.omschrijving",
        "body.opstellendOrgaan",
        "body.titel",
      ].sort(),
    )
    expect(reply.body.invalidParams.find((p: { name: string }) => p.name === "body.omschrijving").code).toBe("required")
    expect(await feedLength()).toBe(before)
  })

  it("400 for malformed JSON, for bad query parameters and for a malformed If-Match", async () => {
    expectProblem(await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: '{"titel": ' }), 400)
    const query = await call(server, "secretaris-dvo", "GET", "/v1/besluiten?limiet=0")
    expectProblem(query, 400)
    expect(query.body.invalidParams[0].name).toBe("query.limiet")
    const header = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/indieningen`,
      {
        headers: { "if-match": "versie 1" },
      },
    )
    expectProblem(header, 400)
    expect(header.body.invalidParams[0].name).toBe("header.if-match")
  })

  it("401 for a missing, an empty and an unknown token", async () => {
    expectProblem(await call(server, undefined, "GET", "/v1/voorstellen"), 401)
    for (const authorization of ["Bearer ", "Bearer wbr.000000000000.onzin", "Bearer onzin"]) {
      const response = await checkedFetch(server)(`${server.baseUrl}/v1/voorstellen`, { headers: { authorization } })
      expect(response.status).toBe(401)
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    }
  })

  it("409 is a rule refusal with its code and the Dutch and English explanation", async () => {
    const reply = await call(server, "lid-eg-oc-rheden", "POST", `/v1/voorstellen/${id}/indieningen`, {
      headers: { "if-match": etag },
    })
    expectProblem(reply, 409)
    expect(reply.body.code).toBe("authority.may-not-act-for-body")
    expect(reply.body.violations[0].explanation.nl).toMatch(
      /mag op .* niet namens eg-ondermijnende-criminaliteit handelen/,
    )
    expect(reply.body.violations[0].explanation.en).toMatch(/may not act for eg-ondermijnende-criminaliteit/)
  })

  it("404 for an unknown item, an item of another kind, an unknown decision and an unknown path", async () => {
    expectProblem(await call(server, "secretaris-dvo", "GET", "/v1/voorstellen/bestaat-niet"), 404)
    expectProblem(await call(server, "secretaris-dvo", "GET", `/v1/opdrachten/${id}`), 404)
    expectProblem(await call(server, "secretaris-dvo", "GET", "/v1/besluiten/bestaat-niet"), 404)
    expectProblem(await call(server, "secretaris-dvo", "GET", "/v1/bestaat-niet"), 404)
    expectProblem(await call(server, "secretaris-dvo", "GET", "/v1/voorstellen/"), 404)
  })

  it("412 for a stale ETag and 428 without If-Match, and nothing is stored", async () => {
    const before = await feedLength()
    const stale = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/indieningen`,
      {
        headers: { "if-match": '"7"' },
      },
    )
    expectProblem(stale, 412)
    expect(stale.body.currentEtag).toBe(etag)
    expectProblem(
      await call(server, "trekker-eg-ondermijnende-criminaliteit", "POST", `/v1/voorstellen/${id}/indieningen`),
      428,
    )
    expect(await feedLength()).toBe(before)
  })

  it("415 for a body that is not JSON", async () => {
    expectProblem(
      await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
        body: "titel=x",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      415,
    )
  })

  it("every response carries API-Version and the security headers", async () => {
    for (const reply of [
      await call(server, "secretaris-dvo", "GET", "/v1/organen"),
      await call(server, undefined, "GET", "/v1/organen"),
      await call(server, "secretaris-dvo", "GET", "/v1/bestaat-niet"),
    ]) {
      expect(reply.headers.get("api-version")).toBe("1.0.0")
      expect(reply.headers.get("x-content-type-options")).toBe("nosniff")
      expect(reply.headers.get("content-security-policy")).toBe("frame-ancestors 'none'")
      expect(reply.headers.get("cache-control")).toBe("no-store")
    }
  })
})
