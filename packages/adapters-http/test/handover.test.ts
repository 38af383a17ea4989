import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, checkedFetch, dvo, meeting, nieuwVoorstel, type Reply, stuurgroep, today } from "./support/http.js"
import { documentatie, evaluatie, nieuweBestPractice, step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
let overdracht: string
let pakket: any

const feedLength = async () =>
  (await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")).body.resultaten.length

/** An item drafted, submitted and decided at each step by the given bodies. */
const decided = async (
  resource: string,
  drafter: "lid-eg-oc-rheden" | "secretaris-stuurgroep",
  submitter: "trekker-eg-ondermijnende-criminaliteit" | "secretaris-stuurgroep",
  body: unknown,
  steps: ReadonlyArray<{
    orgaan: string
    uitkomst: string
    secretaris: "secretaris-stuurgroep" | "secretaris-dvo"
    leden: ReadonlyArray<string>
  }>,
) => {
  const drafted = await step(server, drafter, "POST", `/v1/${resource}`, undefined, body)
  const id: string = drafted.body.id
  let reply: Reply = await step(server, submitter, "POST", `/v1/${resource}/${id}/indieningen`, drafted)
  for (const s of steps) {
    reply = await step(server, s.secretaris, "POST", `/v1/${resource}/${id}/besluiten`, reply, {
      orgaan: s.orgaan,
      uitkomst: s.uitkomst,
      ...meeting(today(), s.leden),
    })
  }
  return id
}

beforeAll(async () => {
  server = await startServer()
  let practice = await step(server, "lid-eg-oc-rheden", "POST", "/v1/best-practices", undefined, {
    ...nieuweBestPractice("bp-hennep"),
  })
  practice = await step(
    server,
    "lid-eg-oc-rheden",
    "PUT",
    "/v1/best-practices/bp-hennep/documentatie",
    practice,
    documentatie,
  )
  await decided(
    "voorstellen",
    "lid-eg-oc-rheden",
    "trekker-eg-ondermijnende-criminaliteit",
    { ...nieuwVoorstel, bestPractices: ["bp-hennep"] },
    [
      { orgaan: "stuurgroep", uitkomst: "approve", secretaris: "secretaris-stuurgroep", leden: stuurgroep },
      { orgaan: "dvo", uitkomst: "accord", secretaris: "secretaris-dvo", leden: dvo },
    ],
  )
  practice = await call(server, "lid-eg-oc-rheden", "GET", "/v1/best-practices/bp-hennep")
  expect(practice.body.status).toBe("geaccordeerd")
  practice = await step(
    server,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    "/v1/best-practices/bp-hennep/uitvoeringen",
    practice,
  )
  practice = await step(
    server,
    "lid-eg-oc-rheden",
    "POST",
    "/v1/best-practices/bp-hennep/evaluaties",
    practice,
    evaluatie("uitvoering"),
  )
  expect(practice.body.status).toBe("geevalueerd")
  overdracht = await decided(
    "overdrachtsvoorstellen",
    "secretaris-stuurgroep",
    "secretaris-stuurgroep",
    {
      opstellendOrgaan: "stuurgroep",
      titel: "Overdracht Samen Weerbaar aan VNON",
      omschrijving: "De geëvalueerde Best Practices.",
      bestPractices: ["bp-hennep"],
    },
    [{ orgaan: "stuurgroep", uitkomst: "approve", secretaris: "secretaris-stuurgroep", leden: stuurgroep }],
  )
}, 60_000)
afterAll(() => server?.close())

describe("/v1/overdrachtsvoorstellen and /v1/overdrachten", () => {
  it("the overdracht item has its own route, and the package of the decided one is made once", async () => {
    const item = await call(server, "secretaris-stuurgroep", "GET", `/v1/overdrachtsvoorstellen/${overdracht}`)
    expect(item.body).toMatchObject({ soort: "overdracht", status: "approved", bestPractices: ["bp-hennep"] })
    expect((await call(server, "secretaris-stuurgroep", "GET", "/v1/best-practices/bp-hennep")).body.status).toBe(
      "overgedragen",
    )

    const created = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
      body: { overdrachtsvoorstel: overdracht },
      headers: { "idempotency-key": "pakket-1" },
    })
    expect(created.status).toBe(201)
    expect(created.headers.get("location")).toBe(`/v1/overdrachten/${overdracht}`)
    expect(created.body).toMatchObject({ id: overdracht, pakketversie: 2, bestPractices: ["bp-hennep"] })
    expect(created.body.vingerafdruk).toMatch(/^[0-9a-f]{64}$/)
    const retried = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
      body: { overdrachtsvoorstel: overdracht },
      headers: { "idempotency-key": "pakket-1" },
    })
    expect(retried.body).toEqual(created.body)
    const again = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
      body: { overdrachtsvoorstel: overdracht },
    })
    expect(again.status).toBe(409)
    expect(again.body.code).toBe("handover.package-exists")

    expect((await call(server, "burgemeester-ede", "GET", `/v1/overdrachten/${overdracht}`)).body).toEqual(created.body)
    const download = await call(server, "burgemeester-ede", "GET", `/v1/overdrachten/${overdracht}/pakket`)
    expect(download.status).toBe(200)
    pakket = download.body
    expect(pakket).toMatchObject({ format: "weerbaar-handover", packageVersion: 2, digest: created.body.vingerafdruk })
    expect(pakket.content.practices[0].practiceId).toBe("bp-hennep")

    const markdown = await checkedFetch(server)(`${server.baseUrl}/v1/overdrachten/${overdracht}/leesversie`, {
      headers: { authorization: `Bearer ${server.tokens["burgemeester-ede"]}` },
    })
    expect(markdown.status).toBe(200)
    expect(markdown.headers.get("content-type")).toMatch(/^text\/markdown/)
    expect(await markdown.text()).toMatch(/^# Overdracht: Overdracht Samen Weerbaar aan VNON/)
  })

  it("an import of a tampered package or of an unknown version is a 400 naming why, and imports nothing", async () => {
    const before = await feedLength()
    const tampered = structuredClone(pakket)
    tampered.content.practices[0].evaluations[0].evidenceLevel = "effectief-sterke-aanwijzingen"
    const refused = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten/importen", { body: tampered })
    expect(refused.status).toBe(400)
    expect(refused.body.invalidParams[0]).toMatchObject({ name: "body", code: "package-tampered" })
    expect(refused.body.invalidParams[0].reason).toMatch(/SHA-256/)
    const future = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten/importen", {
      body: { ...pakket, packageVersion: 3 },
    })
    expect(future.status).toBe(400)
    expect(future.body.invalidParams[0].code).toBe("package-unknown-version")
    const other = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten/importen", { body: [1, 2] })
    expect(other.body.invalidParams[0].code).toBe("package-not-a-package")
    // The package's own store knows its practices already: the rule book refuses.
    const own = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten/importen", { body: pakket })
    expect(own.status).toBe(409)
    expect(own.body.code).toMatch(/^handover\./)
    expect(await feedLength()).toBe(before)
  })

  it("404 for an unknown overdracht, for a package of an item that is no overdracht, and 409 for an undecided one", async () => {
    expect((await call(server, "secretaris-dvo", "GET", "/v1/overdrachten/bestaat-niet")).status).toBe(404)
    expect((await call(server, "secretaris-dvo", "GET", "/v1/overdrachten/bestaat-niet/pakket")).status).toBe(404)
    expect(
      (
        await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
          body: { overdrachtsvoorstel: "bestaat-niet" },
        })
      ).status,
    ).toBe(404)
    const draft = await step(server, "secretaris-stuurgroep", "POST", "/v1/overdrachtsvoorstellen", undefined, {
      opstellendOrgaan: "stuurgroep",
      titel: "Tweede overdracht",
      omschrijving: ".",
    })
    const undecided = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
      body: { overdrachtsvoorstel: draft.body.id },
    })
    expect(undecided.status).toBe(409)
    expect(undecided.body.code).toBe("handover.not-decided")
    const invalid = await call(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", {
      body: { overdrachtsvoorstel: "Nee!" },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.invalidParams[0].name).toBe("body.overdrachtsvoorstel")
  })
})
