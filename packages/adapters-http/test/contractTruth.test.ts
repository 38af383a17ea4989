import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, meeting, nieuwVoorstel, type Reply, stuurgroep, today } from "./support/http.js"
import { type Document, type OpenApiChecker, openApiChecker } from "./support/openApi.js"
import { type Person, type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
let checker: OpenApiChecker
const answered = new Set<string>()
beforeAll(async () => {
  server = await startServer()
  checker = openApiChecker((await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as Document)
})
afterAll(() => server?.close())

/** A call whose response must be as the served document says. */
const checked = async (
  person: Person | undefined,
  method: string,
  path: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<Reply> => {
  const reply = await call(server, person, method, path, options)
  expect(checker.problemsOf(method, path, reply)).toEqual([])
  const operation = checker.operationOf(method, path)
  if (operation !== undefined) answered.add(`${method} ${operation.template}`)
  return reply
}

const names = (reply: Reply): ReadonlyArray<string> => reply.body.invalidParams.map((p: { name: string }) => p.name)

describe("bounded, well-formed input", () => {
  it("two budget lines of 2^52 cents are a 400 naming them, and nothing is stored", async () => {
    const before = await server.lastPosition()
    const reply = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: {
        ...nieuwVoorstel,
        begroting: [
          { ...nieuwVoorstel.begroting[0], bedrag: 2 ** 52 },
          { ...nieuwVoorstel.begroting[0], bedrag: 2 ** 52 + 2 },
        ],
      },
    })
    expect(reply.status).toBe(400)
    expect(reply.headers.get("content-type")).toContain("application/problem+json")
    expect(names(reply)).toEqual(expect.arrayContaining(["body.begroting[0].bedrag", "body.begroting[1].bedrag"]))
    expect(await server.lastPosition()).toBe(before)
  })

  it("lines each within the maximum but together above the total are a 400, and nothing is stored", async () => {
    const before = await server.lastPosition()
    const line = { ...nieuwVoorstel.begroting[0], bedrag: 100_000_000_000 }
    const reply = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: { ...nieuwVoorstel, begroting: Array.from({ length: 11 }, () => line) },
    })
    expect(reply.status).toBe(400)
    expect(names(reply)).toContain("body.begroting")
    expect(await server.lastPosition()).toBe(before)
  })

  it("a lone surrogate is a 400 naming the field; a title over its maximum too", async () => {
    const before = await server.lastPosition()
    const text = JSON.stringify({ ...nieuwVoorstel, titel: "X", omschrijving: "Y".repeat(10_001) }).replace(
      '"X"',
      '"A\\ud800B"',
    )
    const reply = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: text })
    expect(reply.status).toBe(400)
    expect(names(reply)).toEqual(expect.arrayContaining(["body.titel", "body.omschrijving"]))
    expect(await server.lastPosition()).toBe(before)
  })

  it("unknown fields are a 400 listing each of them", async () => {
    const { begroting, ...rest } = nieuwVoorstel
    const reply = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: { ...rest, begrooting: begroting, extra: 1 },
    })
    expect(reply.status).toBe(400)
    expect(reply.body.invalidParams).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "body.begrooting", code: "unexpected" }),
        expect.objectContaining({ name: "body.extra", code: "unexpected" }),
      ]),
    )
  })

  it("numeric query parameters are plain decimal integers within their bounds", async () => {
    for (const limiet of ["0x10", "1e2", "-1", "01", "+5", "5.0", " 5", "0", "501"]) {
      const reply = await checked("secretaris-dvo", "GET", `/v1/voorstellen?limiet=${encodeURIComponent(limiet)}`)
      expect([limiet, reply.status, names(reply)]).toEqual([limiet, 400, ["query.limiet"]])
    }
    expect((await checked("secretaris-dvo", "GET", "/v1/voorstellen?limiet=16")).status).toBe(200)
    expect((await checked("secretaris-dvo", "GET", "/v1/gebeurtenissen?na=0x1")).status).toBe(400)
    expect((await checked("secretaris-dvo", "GET", "/v1/mijlpaalagenda?horizon=367")).status).toBe(400)
  })
})

describe("one answer for every invalid part of a request", () => {
  it("a 400 lists invalid headers and body fields together", async () => {
    const drafted = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const reply = await checked("lid-eg-oc-rheden", "PUT", `/v1/voorstellen/${drafted.body.id}`, {
      headers: { "if-match": "geen-etag", "idempotency-key": "k".repeat(201) },
      body: { titel: "", omschrijving: 3 },
    })
    expect(reply.status).toBe(400)
    expect(names(reply)).toEqual(
      expect.arrayContaining(["header.if-match", "header.idempotency-key", "body.titel", "body.omschrijving"]),
    )
  })

  it("a missing If-Match alone is 428; with other invalid fields it is named in the one 400", async () => {
    const drafted = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const alone = await checked(
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${drafted.body.id}/indieningen`,
    )
    expect(alone.status).toBe(428)
    const more = await checked("lid-eg-oc-rheden", "PUT", `/v1/voorstellen/${drafted.body.id}`, { body: { titel: 1 } })
    expect(more.status).toBe(400)
    expect(names(more)).toEqual(expect.arrayContaining(["header.if-match", "body.titel", "body.omschrijving"]))
  })
})

describe("an Idempotency-Key names one request", () => {
  it("reused with another body is 422 and stores nothing; the same request is replayed", async () => {
    const headers = { "idempotency-key": "sleutel-1" }
    const first = await checked("lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
      headers,
      body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "Eerste", omschrijving: "." },
    })
    expect(first.status).toBe(201)
    const before = await server.lastPosition()
    const other = await checked("lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
      headers,
      body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "Andere", omschrijving: "." },
    })
    expect(other.status).toBe(422)
    expect(other.body.type).toBe("urn:weerbaar:problem:idempotentiesleutel-hergebruikt")
    const again = await checked("lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
      headers,
      body: { omschrijving: ".", titel: "Eerste", opstellendOrgaan: "eg-ondermijnende-criminaliteit" },
    })
    expect([again.status, again.body.id]).toEqual([201, first.body.id])
    expect(await server.lastPosition()).toBe(before)
  })

  it("reused on another endpoint is 422, not the other endpoint's answer or a 404", async () => {
    const headers = { "idempotency-key": "sleutel-2" }
    const first = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", { headers, body: nieuwVoorstel })
    expect(first.status).toBe(201)
    const before = await server.lastPosition()
    const elsewhere = await checked("lid-eg-oc-rheden", "POST", "/v1/opdrachten", { headers, body: nieuwVoorstel })
    expect(elsewhere.status).toBe(422)
    const onItem = await checked(
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/voorstellen/bestaat-niet/indieningen",
      {
        headers: { ...headers, "if-match": '"1"' },
      },
    )
    expect(onItem.status).toBe(404)
    const ownKeyElsewhere = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen/bestaat-niet/indieningen", {
      headers: { ...headers, "if-match": '"1"' },
    })
    expect(ownKeyElsewhere.status).toBe(422)
    expect(await server.lastPosition()).toBe(before)
  })
})

describe("every endpoint answers as the document says", () => {
  it("successes and errors of every operation fit the served document", async () => {
    const drafted = await checked("lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const id = drafted.body.id
    const submitted = await checked(
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/indieningen`,
      {
        headers: { "if-match": drafted.headers.get("etag")! },
      },
    )
    expect(submitted.status).toBe(201)
    const decided = await checked("secretaris-stuurgroep", "POST", `/v1/voorstellen/${id}/besluiten`, {
      headers: { "if-match": submitted.headers.get("etag")! },
      body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
    })
    expect(decided.status).toBe(201)
    for (const path of [
      `/v1/voorstellen/${id}`,
      `/v1/voorstellen/${id}/historie`,
      `/v1/voorstellen/${id}/toegestane-acties`,
      "/v1/voorstellen",
      "/v1/besluiten",
      "/v1/organen",
      "/v1/organen/stuurgroep",
      "/v1/gemeenten",
      "/v1/begroting",
      "/v1/best-practices",
      "/v1/trajecten",
      "/v1/fasebeeld",
      "/v1/mijlpalen",
      "/v1/mijlpaalagenda",
      "/v1/informatieproducten",
      "/v1/randvoorwaarden",
      "/v1/gebeurtenissen?limiet=500",
      "/v1/abonnementen",
    ]) {
      expect([path, (await checked("secretaris-dvo", "GET", path)).status]).toEqual([path, 200])
    }
    // Every operation: without a token (401); with a token, an id that does not exist, a body that is
    // not what it takes, and no If-Match where it needs one.
    for (const { method, template, operation } of checker.operations) {
      const path = `/v1${template.replace(/\{\w+\}/g, "bestaat-niet")}`
      expect((await checked(undefined, method, path)).status).toBe(401)
      const parameters: ReadonlyArray<{ in: string; name: string }> = operation.parameters ?? []
      const needsIfMatch = parameters.some((p) => p.in === "header" && p.name === "if-match")
      const body = operation.requestBody === undefined ? undefined : { onbekend: true }
      const reply = await checked("secretaris-dvo", method, path, {
        headers: needsIfMatch ? { "if-match": '"1"' } : {},
        ...(body === undefined ? {} : { body }),
      })
      expect(reply.status).toBeGreaterThanOrEqual(200)
      if (needsIfMatch)
        expect((await checked("secretaris-dvo", method, path, body === undefined ? {} : { body })).status).not.toBe(500)
    }
    const missing = checker.operations.map((o) => `${o.method} ${o.template}`).filter((o) => !answered.has(o))
    expect(missing).toEqual([])
  })
})
