import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, type Reply, today } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
let opdracht: string

/** A change on the round with the ETag it has now. */
const onRound = async (id: string, path: string, body: unknown): Promise<Reply> => {
  const current = await call(server, "secretaris-stuurgroep", "GET", `/v1/schriftelijke-rondes/${id}`)
  return call(server, "secretaris-stuurgroep", "POST", `/v1/schriftelijke-rondes/${id}/${path}`, {
    headers: { "if-match": current.headers.get("etag")! },
    body,
  })
}

beforeAll(async () => {
  server = await startServer()
  const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
    body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "Opdracht 2016", omschrijving: "Uitwerken." },
  })
  opdracht = drafted.body.id
  const submitted = await call(
    server,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    `/v1/opdrachten/${opdracht}/indieningen`,
    { headers: { "if-match": drafted.headers.get("etag")! } },
  )
  expect(submitted.status).toBe(201)
})
afterAll(() => server?.close())

describe("the Stuurgroep decides by written round", () => {
  it("an item: started, answered, and decided with the round's record (silence is consent at the deadline)", async () => {
    const started = await call(server, "secretaris-stuurgroep", "POST", "/v1/schriftelijke-rondes", {
      body: {
        id: "sr-opdracht",
        orgaan: "stuurgroep",
        titel: "Opdracht 2016",
        onderwerp: { soort: "stuk", stuk: opdracht },
        voorstel: "De opdracht goedkeuren.",
        uitkomst: "approve",
        deadline: today(),
      },
    })
    expect(started.status).toBe(201)
    expect(started.headers.get("location")).toBe("/v1/schriftelijke-rondes/sr-opdracht")
    const answered = await onRound("sr-opdracht", "antwoorden", { lid: "burgemeester-ede", antwoord: "akkoord" })
    expect(answered.status).toBe(201)
    expect(answered.body.antwoorden).toEqual([
      expect.objectContaining({ lid: "burgemeester-ede", antwoord: "akkoord" }),
    ])

    const decided = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      "/v1/schriftelijke-rondes/sr-opdracht/besluit",
      {
        body: { id: "sr-besluit", uitkomst: "approve", motivering: "Schriftelijk akkoord." },
      },
    )
    expect(decided.status).toBe(201)
    expect(decided.body.gesloten).toMatchObject({ resultaat: "aangenomen", besluit: "sr-besluit" })
    const besluit = await call(server, "secretaris-stuurgroep", "GET", "/v1/besluiten/sr-besluit")
    expect(besluit.body).toMatchObject({ onderwerp: "stuk", stuk: opdracht, schriftelijkeRonde: "sr-opdracht" })
    expect((await call(server, "secretaris-stuurgroep", "GET", `/v1/opdrachten/${opdracht}`)).body.status).toBe(
      "approved",
    )
  })

  it("a point of its own: closed at the deadline by the body's rule; the overview lists both rounds", async () => {
    const started = await call(server, "secretaris-stuurgroep", "POST", "/v1/schriftelijke-rondes", {
      body: {
        id: "sr-planning",
        orgaan: "stuurgroep",
        titel: "Vergaderplanning 2017",
        onderwerp: { soort: "overig" },
        voorstel: "De vergaderplanning vaststellen.",
        deadline: today(),
      },
    })
    expect(started.status).toBe(201)
    const closed = await onRound("sr-planning", "sluiting", { besluit: "sr-planning-besluit" })
    expect(closed.status).toBe(201)
    expect(closed.body.gesloten).toMatchObject({ resultaat: "aangenomen", besluit: "sr-planning-besluit" })
    const overview = await call(server, "secretaris-stuurgroep", "GET", "/v1/vergaderingen?soort=schriftelijke-ronde")
    expect(overview.body.resultaten.map((r: { id: string; status: string }) => [r.id, r.status])).toEqual([
      ["sr-opdracht", "aangenomen"],
      ["sr-planning", "aangenomen"],
    ])
  })

  it("an item decided on its own resource with `schriftelijkeRonde`: the record is the round's", async () => {
    const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
      body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "Opdracht 2017", omschrijving: "Verder." },
    })
    const submitted = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/opdrachten/${drafted.body.id}/indieningen`,
      { headers: { "if-match": drafted.headers.get("etag")! } },
    )
    const started = await call(server, "secretaris-stuurgroep", "POST", "/v1/schriftelijke-rondes", {
      body: {
        id: "sr-opdracht-2017",
        orgaan: "stuurgroep",
        titel: "Opdracht 2017",
        onderwerp: { soort: "stuk", stuk: drafted.body.id },
        voorstel: "De opdracht goedkeuren.",
        uitkomst: "approve",
        deadline: today(),
      },
    })
    expect(started.status).toBe(201)
    const besluiten = `/v1/opdrachten/${drafted.body.id}/besluiten`
    const headers = { "if-match": submitted.headers.get("etag")! }
    const before = await server.lastPosition()
    const neither = await call(server, "secretaris-stuurgroep", "POST", besluiten, {
      headers,
      body: { orgaan: "stuurgroep", uitkomst: "approve", motivering: "Akkoord." },
    })
    expect(neither.status).toBe(400)
    expect(neither.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.aanwezig",
      "body.vergaderdatum",
    ])
    expect(await server.lastPosition()).toBe(before)
    const decided = await call(server, "secretaris-stuurgroep", "POST", besluiten, {
      headers,
      body: {
        id: "sr-besluit-2017",
        orgaan: "stuurgroep",
        uitkomst: "approve",
        schriftelijkeRonde: "sr-opdracht-2017",
        motivering: "Schriftelijk akkoord.",
      },
    })
    expect(decided.status).toBe(201)
    expect(decided.body.status).toBe("approved")
    const round = await call(server, "secretaris-stuurgroep", "GET", "/v1/schriftelijke-rondes/sr-opdracht-2017")
    expect(round.body.gesloten).toMatchObject({ resultaat: "aangenomen", besluit: "sr-besluit-2017" })
    const besluit = await call(server, "secretaris-stuurgroep", "GET", "/v1/besluiten/sr-besluit-2017")
    expect(besluit.body.schriftelijkeRonde).toBe("sr-opdracht-2017")
  })

  it("a bad round is 400 naming every invalid field, and stores nothing", async () => {
    const before = await server.lastPosition()
    const bad = await call(server, "secretaris-stuurgroep", "POST", "/v1/schriftelijke-rondes", {
      body: { orgaan: "stuurgroep", titel: "", onderwerp: { soort: "stuk" }, voorstel: "x", deadline: "morgen" },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["body.deadline", "body.titel"])
    const answer = await onRound("sr-planning", "antwoorden", { antwoord: "misschien" })
    expect(answer.status).toBe(400)
    expect(answer.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(["body.antwoord"])
    expect(await server.lastPosition()).toBe(before)
  })
})
