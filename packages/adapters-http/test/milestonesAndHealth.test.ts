import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, today } from "./support/http.js"
import { step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

const feedLength = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten.length

const nieuweMijlpaal = (id: string, deadline: string) => ({
  id,
  titel: "Pilots hennepconvenant afgerond",
  fase: "experimenteren",
  eigenaar: "eg-ondermijnende-criminaliteit",
  deadline,
})

describe("/v1/mijlpalen and /v1/mijlpaalagenda", () => {
  it("a milestone is planned, rescheduled and delivered; the agenda shows what is late and what is near", async () => {
    const planned = await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/mijlpalen",
      undefined,
      nieuweMijlpaal("ms-pilots", daysFromToday(-10)),
    )
    expect(planned.status).toBe(201)
    expect(planned.headers.get("location")).toBe("/v1/mijlpalen/ms-pilots")
    expect(planned.body).toMatchObject({ id: "ms-pilots", fase: "experimenteren", deadline: daysFromToday(-10) })
    await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/mijlpalen",
      undefined,
      nieuweMijlpaal("ms-uitvoering", daysFromToday(20)),
    )

    const agenda = await call(server, "secretaris-dvo", "GET", `/v1/mijlpaalagenda?peildatum=${today()}&horizon=30`)
    expect(agenda.status).toBe(200)
    expect(agenda.body.telaat).toEqual([expect.objectContaining({ id: "ms-pilots", dagenTeLaat: 10 })])
    expect(agenda.body.binnenkort).toEqual([expect.objectContaining({ id: "ms-uitvoering", dagenResterend: 20 })])
    const earlier = await call(
      server,
      "secretaris-dvo",
      "GET",
      `/v1/mijlpaalagenda?peildatum=${daysFromToday(-30)}&horizon=5`,
    )
    expect(earlier.body).toMatchObject({ telaat: [], binnenkort: [] })

    const rescheduled = await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/mijlpalen/ms-pilots/verschuivingen",
      planned,
      { deadline: daysFromToday(5), reden: "Pilotgemeente later gestart." },
    )
    expect(rescheduled.body.deadline).toBe(daysFromToday(5))
    const delivered = await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/mijlpalen/ms-pilots/opleveringen",
      rescheduled,
      { datum: today(), toelichting: "Evaluatie opgeleverd." },
    )
    expect(delivered.body.opgeleverdOp).toBe(today())
    const list = await call(server, "secretaris-dvo", "GET", "/v1/mijlpalen?eigenaar=eg-ondermijnende-criminaliteit")
    expect(list.body.resultaten.map((m: { id: string }) => m.id)).toEqual(["ms-pilots", "ms-uitvoering"])
    expect((await call(server, "secretaris-dvo", "GET", "/v1/mijlpaalagenda")).body.telaat).toEqual([])
  })

  it("the error classes: 400 with every field, 409 with the rule, 404, 428 and 412 — and nothing stored", async () => {
    const before = await feedLength()
    const invalid = await call(server, "trekker-eg-ondermijnende-criminaliteit", "POST", "/v1/mijlpalen", {
      body: { titel: "", fase: "afronden", eigenaar: "EG", deadline: "morgen" },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.deadline",
      "body.eigenaar",
      "body.fase",
      "body.titel",
    ])
    const query = await call(server, "secretaris-dvo", "GET", "/v1/mijlpaalagenda?peildatum=2016-13-01&horizon=-1")
    expect(query.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "query.horizon",
      "query.peildatum",
    ])
    const refused = await call(server, "burgemeester-ede", "POST", "/v1/mijlpalen", {
      body: nieuweMijlpaal("ms-niet-van-ede", daysFromToday(10)),
    })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe("milestone.not-owner")
    expect((await call(server, "secretaris-dvo", "GET", "/v1/mijlpalen/bestaat-niet")).status).toBe(404)
    const current = await call(server, "secretaris-dvo", "GET", "/v1/mijlpalen/ms-uitvoering")
    const missing = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/mijlpalen/ms-uitvoering/opleveringen",
      {
        body: { datum: today() },
      },
    )
    expect(missing.status).toBe(428)
    const stale = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/mijlpalen/ms-uitvoering/opleveringen",
      {
        headers: { "if-match": '"9"' },
        body: { datum: today() },
      },
    )
    expect(stale.status).toBe(412)
    expect(stale.body.currentEtag).toBe(current.headers.get("etag"))
    expect(await feedLength()).toBe(before)
  })
})

describe("/v1/randvoorwaarden", () => {
  it("shows staffing, commitment and budget with their signals as of a date", async () => {
    const reply = await call(server, "secretaris-dvo", "GET", "/v1/randvoorwaarden?peildatum=2016-06-01")
    expect(reply.status).toBe(200)
    expect(reply.body.peildatum).toBe("2016-06-01")
    expect(reply.body.voorwaarden.map((v: { voorwaarde: string }) => v.voorwaarde)).toEqual([
      "staffing",
      "commitment",
      "budget",
    ])
    expect(["green", "amber", "red"]).toContain(reply.body.signaal)
    expect((await call(server, "secretaris-dvo", "GET", "/v1/randvoorwaarden")).body.peildatum).toBe(today())
    const invalid = await call(server, "secretaris-dvo", "GET", "/v1/randvoorwaarden?peildatum=2016-02-30")
    expect(invalid.status).toBe(400)
    expect(invalid.body.invalidParams[0].name).toBe("query.peildatum")
    expect((await call(server, undefined, "GET", "/v1/randvoorwaarden")).status).toBe(401)
  })
})
