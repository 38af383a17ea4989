import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, meeting, nieuwVoorstel, stuurgroep, today, voorstelInhoud } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const events = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten

describe("idempotency keys and ETags", () => {
  it("the same Idempotency-Key gives the same response and writes one event", async () => {
    const before = (await events()).length
    const first = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: nieuwVoorstel,
      headers: { "idempotency-key": "concept-hennep-1" },
    })
    const again = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: nieuwVoorstel,
      headers: { "idempotency-key": "concept-hennep-1" },
    })
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.body).toEqual(first.body)
    expect(again.headers.get("etag")).toBe(first.headers.get("etag"))
    expect(again.headers.get("location")).toBe(first.headers.get("location"))
    expect((await events()).length).toBe(before + 1)
  })

  it("a retried state change with its key answers as the first time, even after later changes", async () => {
    const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const id = drafted.body.id
    const submit = () =>
      call(server, "trekker-eg-ondermijnende-criminaliteit", "POST", `/v1/voorstellen/${id}/indieningen`, {
        headers: { "if-match": drafted.headers.get("etag")!, "idempotency-key": "indienen-1" },
      })
    const first = await submit()
    expect(first.status).toBe(201)
    await call(server, "secretaris-stuurgroep", "POST", `/v1/voorstellen/${id}/besluiten`, {
      headers: { "if-match": first.headers.get("etag")! },
      body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
    })
    const retried = await submit()
    expect(retried.status).toBe(201)
    expect(retried.body).toEqual(first.body)
    expect(retried.headers.get("etag")).toBe(first.headers.get("etag"))
  })

  it("keys are per person: another person's same key is a request of its own", async () => {
    const a = await call(server, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
      body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "A", omschrijving: "." },
      headers: { "idempotency-key": "gedeeld" },
    })
    const b = await call(server, "trekker-eg-ondermijnende-criminaliteit", "POST", "/v1/opdrachten", {
      body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "B", omschrijving: "." },
      headers: { "idempotency-key": "gedeeld" },
    })
    expect(b.body.id).not.toBe(a.body.id)
    expect(b.body.titel).toBe("B")
  })

  it("every item response carries an ETag that changes with each change", async () => {
    const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const read = await call(server, "lid-eg-oc-rheden", "GET", `/v1/voorstellen/${drafted.body.id}`)
    expect(read.headers.get("etag")).toBe(drafted.headers.get("etag"))
    const edited = await call(server, "lid-eg-oc-rheden", "PUT", `/v1/voorstellen/${drafted.body.id}`, {
      headers: { "if-match": read.headers.get("etag")! },
      body: { ...voorstelInhoud, titel: "Aangescherpt" },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.titel).toBe("Aangescherpt")
    expect(edited.headers.get("etag")).not.toBe(read.headers.get("etag"))
    const stale = await call(server, "lid-eg-oc-rheden", "PUT", `/v1/voorstellen/${drafted.body.id}`, {
      headers: { "if-match": read.headers.get("etag")! },
      body: { ...voorstelInhoud, titel: "Oud" },
    })
    expect(stale.status).toBe(412)
    expect((await call(server, "lid-eg-oc-rheden", "GET", `/v1/voorstellen/${drafted.body.id}`)).body.titel).toBe(
      "Aangescherpt",
    )
  })
})
