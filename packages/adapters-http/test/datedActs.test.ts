import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, nieuwVoorstel, type Reply, stuurgroep, today } from "./support/http.js"
import { documentatie, nieuweBestPractice, step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer

const feedLength = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten.length

const daysAgo = (days: number): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10)

beforeAll(async () => {
  server = await startServer()
  let practice = await step(server, "lid-eg-oc-rheden", "POST", "/v1/best-practices", undefined, {
    ...nieuweBestPractice("bp-gedateerd"),
  })
  practice = await step(
    server,
    "lid-eg-oc-rheden",
    "PUT",
    "/v1/best-practices/bp-gedateerd/documentatie",
    practice,
    documentatie,
  )
  const drafted = await step(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", undefined, {
    ...nieuwVoorstel,
    bestPractices: ["bp-gedateerd"],
  })
  let reply: Reply = await step(
    server,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    `/v1/voorstellen/${drafted.body.id}/indieningen`,
    drafted,
  )
  for (const [orgaan, uitkomst, secretaris, leden] of [
    ["stuurgroep", "approve", "secretaris-stuurgroep", stuurgroep],
    ["dvo", "accord", "secretaris-dvo", dvo],
  ] as const) {
    reply = await step(server, secretaris, "POST", `/v1/voorstellen/${drafted.body.id}/besluiten`, reply, {
      orgaan,
      uitkomst,
      ...meeting(today(), leden),
    })
  }
  const accorded = await call(server, "lid-eg-oc-rheden", "GET", "/v1/best-practices/bp-gedateerd")
  expect(accorded.body.status).toBe("geaccordeerd")
}, 60_000)
afterAll(() => server?.close())

describe("acts dated as they happened, never before what they depend on", () => {
  it("409 names track.before-accord for a track's move dated before the accord, and stores nothing", async () => {
    const before = await feedLength()
    const track = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-gedateerd/ede")
    const reply = await call(server, "burgemeester-ede", "POST", "/v1/trajecten/bp-gedateerd/ede/fase-overgangen", {
      headers: { "if-match": track.headers.get("etag")! },
      body: { naar: "gepland", datum: daysAgo(7) },
    })
    expect(reply.status).toBe(409)
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(reply.body.code).toBe("track.before-accord")
    expect(reply.body.violations.map((v: { code: string }) => v.code)).toEqual(["track.before-accord"])
    expect(reply.body.violations[0].facts).toMatchObject({ date: daysAgo(7), accordedOn: today() })
    expect(await feedLength()).toBe(before)
    const after = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-gedateerd/ede")
    expect(after.body.fase).toBe("geen")
  })

  it("a maatwerk note dated before the accord is refused too; dated today it is recorded", async () => {
    const track = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-gedateerd/ede")
    const refused = await call(server, "burgemeester-ede", "POST", "/v1/trajecten/bp-gedateerd/ede/maatwerk", {
      headers: { "if-match": track.headers.get("etag")! },
      body: { notitie: "Samen met de woningcorporatie.", datum: daysAgo(3) },
    })
    expect(refused.status).toBe(409)
    expect(refused.body.code).toBe("track.before-accord")
    const noted = await step(server, "burgemeester-ede", "POST", "/v1/trajecten/bp-gedateerd/ede/maatwerk", track, {
      notitie: "Samen met de woningcorporatie.",
      datum: today(),
    })
    expect(noted.body.maatwerk).toEqual(["Samen met de woningcorporatie."])
  })

  it("the execution's start takes the day it started: a bad datum is a 400 naming it, one before the accord a 409, today's a 201", async () => {
    const practice = await call(server, "lid-eg-oc-rheden", "GET", "/v1/best-practices/bp-gedateerd")
    const start = (datum: string) =>
      call(server, "lid-eg-oc-rheden", "POST", `/v1/best-practices/bp-gedateerd/uitvoeringen?datum=${datum}`, {
        headers: { "if-match": practice.headers.get("etag")! },
      })
    const bad = await start("2016-13-45")
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain("datum")
    const early = await start(daysAgo(5))
    expect(early.status).toBe(409)
    expect(early.body.code).toBe("practice.execution-before-accord")
    const started = await start(today())
    expect(started.status).toBe(201)
    expect(started.body.status).toBe("in_uitvoering")
  })
})
