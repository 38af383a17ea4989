import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, type Reply, stuurgroep, today } from "./support/http.js"
import { nieuweBestPractice } from "./support/practices.js"
import type { Person, RunningServer } from "./support/server.js"
import { startServer } from "./support/server.js"

let server: RunningServer
let opdracht: string
const sg = "sg-vandaag"

/** A change on the meeting with the ETag it has now. */
const onMeeting = async (person: Person, path: string, body?: unknown): Promise<Reply> => {
  const current = await call(server, person, "GET", `/v1/vergaderingen/${sg}`)
  return call(server, person, "POST", `/v1/vergaderingen/${sg}/${path}`, {
    headers: { "if-match": current.headers.get("etag")! },
    ...(body === undefined ? {} : { body }),
  })
}

beforeAll(async () => {
  server = await startServer()
  // An assignment of the expert group, submitted to the Stuurgroep.
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

describe("a Stuurgroep meeting over HTTP", () => {
  it("is planned, gets three points, attendance, a substitute and a recusal, and decides the item at its point", async () => {
    const planned = await call(server, "secretaris-stuurgroep", "POST", "/v1/vergaderingen", {
      body: { id: sg, orgaan: "stuurgroep", datum: today(), tijd: "14:00", plaats: "Stadhuis Arnhem" },
    })
    expect(planned.status).toBe(201)
    expect(planned.headers.get("location")).toBe(`/v1/vergaderingen/${sg}`)
    expect(planned.body.uitgenodigd).toContain("burgemeester-ede")

    for (const [titel, onderwerp] of [
      ["Opdracht 2016", { soort: "stuk", stuk: opdracht }],
      ["Voortgang pilots", { soort: "overig" }],
      ["Rondvraag", { soort: "overig" }],
    ] as const) {
      const added = await onMeeting("secretaris-stuurgroep", "agendapunten", { titel, onderwerp, stukken: [titel] })
      expect(added.status).toBe(201)
    }
    for (const lid of stuurgroep) {
      const aanwezigheid = lid === "burgemeester-rheden" ? "afgemeld" : "aanwezig"
      expect((await onMeeting("secretaris-stuurgroep", "aanwezigheid", { lid, aanwezigheid })).status).toBe(201)
    }
    const substituted = await onMeeting("secretaris-stuurgroep", "vervangers", {
      lid: "burgemeester-rheden",
      vervanger: "loco-burgemeester-rheden",
    })
    expect(substituted.status).toBe(201)
    const recused = await onMeeting("secretaris-stuurgroep", "agendapunten/1/belangenconflicten", {
      lid: "burgemeester-ede",
      reden: "Adviseur van de opdrachtnemer.",
    })
    expect(recused.status).toBe(201)
    expect(recused.body.agendapunten.map((p: { nummer: number }) => p.nummer)).toEqual([1, 2, 3])

    const decided = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      `/v1/vergaderingen/${sg}/agendapunten/1/besluit`,
      {
        body: { id: "sg-besluit-opdracht", uitkomst: "approve", motivering: "Besproken en akkoord." },
      },
    )
    expect(decided.status).toBe(201)
    expect(decided.headers.get("location")).toBe("/v1/besluiten/sg-besluit-opdracht")
    expect(decided.body.agendapunten[0].besluit.id).toBe("sg-besluit-opdracht")

    const item = await call(server, "secretaris-stuurgroep", "GET", `/v1/opdrachten/${opdracht}`)
    expect(item.body.status).toBe("approved")
    const besluit = await call(server, "secretaris-stuurgroep", "GET", "/v1/besluiten/sg-besluit-opdracht")
    expect(besluit.body).toMatchObject({
      onderwerp: "stuk",
      stuk: opdracht,
      vergadering: { id: sg, agendapunt: 1 },
      vervangers: [{ lid: "burgemeester-rheden", vervanger: "loco-burgemeester-rheden" }],
      belangenconflict: ["burgemeester-ede"],
    })
    expect(besluit.body.aanwezig).toContain("officier-om")
  })

  it("the besluitenlijst shows the decision, the substitute and the recusal; the overview lists the meeting", async () => {
    const list = await call(server, "secretaris-stuurgroep", "GET", `/v1/besluitenlijsten/${sg}`)
    expect(list.status).toBe(200)
    expect(list.body.agendapunten[0]).toMatchObject({
      nummer: 1,
      besluit: { id: "sg-besluit-opdracht" },
      belangenconflicten: [
        expect.objectContaining({ id: "burgemeester-ede", reden: "Adviseur van de opdrachtnemer." }),
      ],
    })
    expect(list.body.vervangers[0].vervanger.id).toBe("loco-burgemeester-rheden")
    expect(list.body.afgemeld.map((p: { id: string }) => p.id)).toEqual(["burgemeester-rheden"])

    const overview = await call(server, "secretaris-stuurgroep", "GET", "/v1/vergaderingen?soort=vergadering")
    expect(overview.body.resultaten).toEqual([
      expect.objectContaining({ id: sg, soort: "vergadering", agendapunten: 3, besluiten: 1, status: "gepland" }),
    ])
  })

  it("a decision refused by a rule is 409 with the rule's code, and stores nothing", async () => {
    const before = await server.lastPosition()
    const refused = await call(server, "lid-eg-oc-rheden", "POST", `/v1/vergaderingen/${sg}/agendapunten/1/besluit`, {
      body: { uitkomst: "approve", motivering: "Nog eens." },
    })
    expect(refused.status).toBe(409)
    expect(refused.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(refused.body.violations.map((v: { code: string }) => v.code)).toContain("authority.may-not-act-for-body")
    expect(await server.lastPosition()).toBe(before)
  })

  it("a bad body is 400 naming every invalid field, and stores nothing", async () => {
    const before = await server.lastPosition()
    const bad = await call(server, "secretaris-stuurgroep", "POST", "/v1/vergaderingen", {
      body: { orgaan: "Stuur Groep", datum: "2016-13-45", tijd: "25:00", online: "ja", zaal: "B" },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(
      ["body.datum", "body.online", "body.orgaan", "body.tijd", "body.zaal"].sort(),
    )
    const point = await onMeeting("secretaris-stuurgroep", "agendapunten", {
      titel: "Notulen",
      onderwerp: { soort: "notulen", stuk: opdracht },
    })
    expect(point.status).toBe(400)
    expect(point.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.onderwerp.stuk",
      "body.onderwerp.vergadering",
    ])
    expect(await server.lastPosition()).toBe(before)
  })

  it("an `overig` point carries a pilot designation: its record is the meeting's, and the point is decided", async () => {
    const registered = await call(server, "lid-eg-oc-rheden", "POST", "/v1/best-practices", {
      body: nieuweBestPractice("bp-hennep"),
    })
    const designated = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      "/v1/best-practices/bp-hennep/pilotgemeenten",
      {
        headers: { "if-match": registered.headers.get("etag")! },
        body: {
          gemeente: "ede",
          besluit: "sg-pilot-ede",
          vergadering: { id: sg, agendapunt: 2 },
          motivering: "Pilot in Ede.",
        },
      },
    )
    expect(designated.status).toBe(201)
    const besluit = await call(server, "secretaris-stuurgroep", "GET", "/v1/besluiten/sg-pilot-ede")
    expect(besluit.body).toMatchObject({
      onderwerp: "pilotgemeente",
      gemeente: "ede",
      vergadering: { id: sg, agendapunt: 2 },
      vervangers: [{ lid: "burgemeester-rheden", vervanger: "loco-burgemeester-rheden" }],
      belangenconflict: [],
    })
    const meeting = await call(server, "secretaris-stuurgroep", "GET", `/v1/vergaderingen/${sg}`)
    expect(meeting.body.agendapunten[1].besluit.id).toBe("sg-pilot-ede")
  })

  it("the meeting closes and its besluitenlijst awaits adoption", async () => {
    const closed = await onMeeting("secretaris-stuurgroep", "sluiting")
    expect(closed.status).toBe(201)
    expect(closed.body.status).toBe("gesloten")
    const list = await call(server, "secretaris-stuurgroep", "GET", `/v1/besluitenlijsten/${sg}`)
    expect(list.body.status).toBe("gesloten")
    const missing = await call(server, "secretaris-stuurgroep", "GET", "/v1/besluitenlijsten/bestaat-niet")
    expect(missing.status).toBe(404)
  })
})
