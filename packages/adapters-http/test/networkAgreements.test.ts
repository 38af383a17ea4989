import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, today } from "./support/http.js"
import { step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const feedLength = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten.length

const hennepconvenant = () => ({
  id: "na-hennepconvenant",
  thema: "ondermijnende-criminaliteit",
  titel: "Hennepconvenant en uitvoeringsregeling",
  omschrijving: "Alle gemeenten voeren het hennepconvenant van Oost-Nederland uit.",
  bron: "Expertgroep Ondermijning VNON",
  beoogdeEffecten: ["minder hennepteelt"],
  afspraak: {
    naam: "Hennepconvenant Oost-Nederland",
    gemaaktDoor: "RVO Oost-Nederland",
    voorgesteldDoor: "BBG VNON",
    datum: today(),
  },
  besluit: "dvo-kennisname-hennepconvenant",
  ...meeting(today(), dvo),
})

describe("/v1/netwerkafspraken: the network track", () => {
  it("bad input is a 400 listing every invalid field, and stores nothing", async () => {
    const before = await feedLength()
    const reply = await call(server, "secretaris-dvo", "POST", "/v1/netwerkafspraken", {
      body: { ...hennepconvenant(), afspraak: { naam: " ", gemaaktDoor: "RVO", datum: "2016-02-30" } },
    })
    expect(reply.status).toBe(400)
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(reply.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.afspraak.datum",
      "body.afspraak.naam",
    ])
    expect(await feedLength()).toBe(before)
  })

  it("only a person acting for the DVO takes note: a refusal by the rules (409) stores nothing", async () => {
    const before = await feedLength()
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/netwerkafspraken", { body: hennepconvenant() })
    expect(reply.status).toBe(409)
    expect(JSON.stringify(reply.body)).toContain("authority.may-not-act-for-body")
    expect(await feedLength()).toBe(before)
  })

  it("the DVO takes note; a municipality executes it without an accord; the phase picture and the register show it", async () => {
    const noted = await step(server, "secretaris-dvo", "POST", "/v1/netwerkafspraken", undefined, hennepconvenant())
    expect(noted.status).toBe(201)
    expect(noted.headers.get("location")).toBe("/v1/best-practices/na-hennepconvenant")
    expect(noted.body).toMatchObject({
      id: "na-hennepconvenant",
      status: "vastgesteld_netwerk",
      netwerkafspraak: {
        naam: "Hennepconvenant Oost-Nederland",
        gemaaktDoor: "RVO Oost-Nederland",
        voorgesteldDoor: "BBG VNON",
        kennisname: { besluit: "dvo-kennisname-hennepconvenant", orgaan: "dvo" },
      },
    })
    expect(noted.body.akkoord).toBeUndefined()

    const track = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/na-hennepconvenant/ede")
    const planned = await step(
      server,
      "burgemeester-ede",
      "POST",
      "/v1/trajecten/na-hennepconvenant/ede/fase-overgangen",
      track,
      { naar: "gepland", datum: today() },
    )
    expect(planned.body).toMatchObject({ fase: "gepland" })

    const picture = await call(server, "burgemeester-ede", "GET", "/v1/fasebeeld")
    expect(picture.body.netwerkafspraken.bestPractices.vastgesteld_netwerk).toBe(1)
    expect(picture.body.netwerkafspraken.trajecten.gepland).toBe(1)
    const catalogue = await call(server, "burgemeester-ede", "GET", "/v1/best-practices?status=vastgesteld_netwerk")
    expect(catalogue.body.resultaten[0]).toMatchObject({
      id: "na-hennepconvenant",
      netwerkafspraak: expect.stringContaining("Hennepconvenant Oost-Nederland"),
    })
    const besluit = await call(server, "secretaris-dvo", "GET", "/v1/besluiten/dvo-kennisname-hennepconvenant")
    expect(besluit.body).toMatchObject({ onderwerp: "netwerkafspraak", bestuursorgaan: "dvo" })
  })
})
