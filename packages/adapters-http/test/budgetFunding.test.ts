import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, nieuwVoorstel } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

// A proposal's budget lines by funding source (`financiering`) and its partners' tasks without
// money (`taken`), as a client writes and reads them.

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const feedLength = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten.length

const gefinancierd = {
  ...nieuwVoorstel,
  begroting: [
    { categorie: "projectleiding", organisatie: "politie-oost-nederland", jaar: 2016, bedrag: 2_500_000 },
    {
      categorie: "rechercheurs",
      organisatie: "politie-oost-nederland",
      jaar: 2016,
      bedrag: 4_000_000,
      financiering: "eigen-bijdrage",
    },
    { categorie: "toezicht", organisatie: "arnhem", jaar: 2016, bedrag: 1_000_000, financiering: "uren-in-natura" },
  ],
  taken: [{ organisatie: "om-oost-nederland", taak: "Strafrechtelijke aanpak bij signalen" }],
}

describe("financiering and taken of a proposal", () => {
  it("a draft with lines of every funding source and a task shows them, with the totals per source", async () => {
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: gefinancierd })
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    expect(reply.body.begroting.map((r: { financiering: string }) => r.financiering)).toEqual([
      "programmabudget",
      "eigen-bijdrage",
      "uren-in-natura",
    ])
    expect(reply.body.begrotingTotaal).toBe(7_500_000)
    expect(reply.body.begrotingPerFinanciering).toEqual({
      programmabudget: 2_500_000,
      "eigen-bijdrage": 4_000_000,
      "uren-in-natura": 1_000_000,
    })
    expect(reply.body.taken).toEqual([
      { organisatie: "om-oost-nederland", taak: "Strafrechtelijke aanpak bij signalen" },
    ])
    const read = await call(server, "secretaris-dvo", "GET", `/v1/voorstellen/${reply.body.id}`)
    expect(read.body.taken).toEqual(reply.body.taken)
    expect(read.body.begrotingPerFinanciering).toEqual(reply.body.begrotingPerFinanciering)
  })

  it("a proposal without financiering or taken reads as programme-funded, without tasks", async () => {
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    expect(reply.status).toBe(201)
    expect(reply.body.begroting[0].financiering).toBe("programmabudget")
    expect(reply.body.taken).toEqual([])
  })

  it("400 lists an unknown financiering and a task without its text at once, and stores nothing", async () => {
    const before = await feedLength()
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: {
        ...gefinancierd,
        begroting: [{ ...gefinancierd.begroting[0], financiering: "subsidie" }],
        taken: [{ organisatie: "om-oost-nederland", taak: "" }],
      },
    })
    expect(reply.status).toBe(400)
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(reply.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.begroting[0].financiering",
      "body.taken[0].taak",
    ])
    expect(await feedLength()).toBe(before)
  })

  it("a task of an organisation the model does not know is refused by the rule, naming the task", async () => {
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: { ...gefinancierd, taken: [{ organisatie: "stichting-onbekend", taak: "Voorlichting" }] },
    })
    // A refusal by the rules is a conflict with the rule book, as every refusal of the API.
    expect(reply.status).toBe(409)
    expect(JSON.stringify(reply.body)).toContain("task.unknown-organisation")
  })
})
