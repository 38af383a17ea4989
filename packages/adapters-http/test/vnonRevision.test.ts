import { Governance } from "@weerbaar/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, nieuwVoorstel, type Reply, stuurgroep, today } from "./support/http.js"
import { documentatie, evaluatie, nieuweBestPractice, step } from "./support/practices.js"
import { type Person, type RunningServer, startServer } from "./support/server.js"

// The programme's server makes the package; the network's server (VNON's model) takes it over.
let programme: RunningServer
let network: RunningServer
let pakket: any
const vnon = ["secretaris-eg-ondermijning-vnon", "burgemeester-deventer", "lid-eg-ondermijning-vnon-riec"] as const
const as = (person: (typeof vnon)[number]) => person as unknown as Person

const decided = async (
  resource: string,
  body: unknown,
  steps: ReadonlyArray<[string, string, Person, ReadonlyArray<string>]>,
) => {
  const drafter: Person = resource === "overdrachtsvoorstellen" ? "secretaris-stuurgroep" : "lid-eg-oc-rheden"
  const submitter: Person =
    resource === "overdrachtsvoorstellen" ? "secretaris-stuurgroep" : "trekker-eg-ondermijnende-criminaliteit"
  const drafted = await step(programme, drafter, "POST", `/v1/${resource}`, undefined, body)
  let reply: Reply = await step(programme, submitter, "POST", `/v1/${resource}/${drafted.body.id}/indieningen`, drafted)
  for (const [orgaan, uitkomst, secretaris, leden] of steps) {
    reply = await step(programme, secretaris, "POST", `/v1/${resource}/${drafted.body.id}/besluiten`, reply, {
      orgaan,
      uitkomst,
      ...meeting(today(), leden),
    })
  }
  return drafted.body.id as string
}

beforeAll(async () => {
  programme = await startServer()
  network = await startServer({}, undefined, Governance.vnonNetwerk(), vnon)
  const practice = "bp-lokaal-ondermijningsbeeld"
  const registered = await step(
    programme,
    "lid-eg-oc-rheden",
    "POST",
    "/v1/best-practices",
    undefined,
    nieuweBestPractice(practice),
  )
  await step(
    programme,
    "lid-eg-oc-rheden",
    "PUT",
    `/v1/best-practices/${practice}/documentatie`,
    registered,
    documentatie,
  )
  await decided("voorstellen", { ...nieuwVoorstel, bestPractices: [practice] }, [
    ["stuurgroep", "approve", "secretaris-stuurgroep", stuurgroep],
    ["dvo", "accord", "secretaris-dvo", dvo],
  ])
  const accorded = await call(programme, "lid-eg-oc-rheden", "GET", `/v1/best-practices/${practice}`)
  const executing = await step(
    programme,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    `/v1/best-practices/${practice}/uitvoeringen`,
    accorded,
  )
  await step(
    programme,
    "lid-eg-oc-rheden",
    "POST",
    `/v1/best-practices/${practice}/evaluaties`,
    executing,
    evaluatie("uitvoering", "goed-onderbouwd"),
  )
  const overdracht = await decided(
    "overdrachtsvoorstellen",
    { opstellendOrgaan: "stuurgroep", titel: "Overdracht", omschrijving: "Als concept.", bestPractices: [practice] },
    [["stuurgroep", "approve", "secretaris-stuurgroep", stuurgroep]],
  )
  await call(programme, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
    body: { overdrachtsvoorstel: overdracht },
  })
  pakket = (await call(programme, "secretaris-stuurgroep", "GET", `/v1/overdrachten/${overdracht}/pakket`)).body
  const imported = await call(network, as("secretaris-eg-ondermijning-vnon"), "POST", "/v1/overdrachten/importen", {
    body: pakket,
  })
  expect(imported.status, JSON.stringify(imported.body)).toBeLessThan(300)
}, 120_000)
afterAll(async () => {
  await programme?.close()
  await network?.close()
})

describe("POST /v1/best-practices/{id}/herzieningen: VNON revises a practice it took over", () => {
  it("a revision without a reason or with a bad field is a 400 listing them, and stores nothing", async () => {
    const before = await network.lastPosition()
    const current = await call(
      network,
      as("burgemeester-deventer"),
      "GET",
      "/v1/best-practices/bp-lokaal-ondermijningsbeeld",
    )
    const bad = await call(
      network,
      as("burgemeester-deventer"),
      "POST",
      "/v1/best-practices/bp-lokaal-ondermijningsbeeld/herzieningen",
      {
        headers: { "if-match": current.headers.get("etag")! },
        body: { titel: " " },
      },
    )
    expect(bad.status).toBe(400)
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["body.reden", "body.titel"])
    expect(await network.lastPosition()).toBe(before)
  })

  it("the network's expert group makes version 2; the lineage keeps the package's digest; nothing else may", async () => {
    const current = await call(
      network,
      as("burgemeester-deventer"),
      "GET",
      "/v1/best-practices/bp-lokaal-ondermijningsbeeld",
    )
    expect(current.body).toMatchObject({ versie: 1, overname: { pakketDigest: pakket.digest } })
    const revised = await step(
      network,
      as("burgemeester-deventer"),
      "POST",
      "/v1/best-practices/bp-lokaal-ondermijningsbeeld/herzieningen",
      current,
      { titel: "Lokaal ondermijningsbeeld Oost-Nederland", reden: "Aangepast aan de vijf districten." },
    )
    expect(revised.status).toBe(201)
    expect(revised.body).toMatchObject({ titel: "Lokaal ondermijningsbeeld Oost-Nederland", versie: 2 })
    expect(revised.body.overname.versies.map((v: { versie: number }) => v.versie)).toEqual([1, 2])
    expect(revised.body.overname.versies[1]).toMatchObject({ door: "burgemeester-deventer", gewijzigd: ["title"] })
    // The programme's own practice is no import: the rule book refuses a revision there.
    const own = await call(programme, "lid-eg-oc-rheden", "GET", "/v1/best-practices/bp-lokaal-ondermijningsbeeld")
    const refused = await call(
      programme,
      "lid-eg-oc-rheden",
      "POST",
      "/v1/best-practices/bp-lokaal-ondermijningsbeeld/herzieningen",
      {
        headers: { "if-match": own.headers.get("etag")! },
        body: { titel: "Anders", reden: "Waarom niet." },
      },
    )
    expect(refused.status).toBe(409)
    expect(JSON.stringify(refused.body)).toContain("practice.revision-of-imported-only")
  })
})
