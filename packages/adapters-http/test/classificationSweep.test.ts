import { decidedRuleBook } from "@weerbaar/core/testing"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { HttpServer } from "@effect/platform"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance, Information, Kernel, Programme } from "@weerbaar/core"
import { Effect, Exit, Layer, Scope } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AccessTokens, serveWeerbaar, WeerbaarServices } from "../src/index.js"
import { checkedFetch, dvo, meeting, nieuwVoorstel, type Reply, stuurgroep, today } from "./support/http.js"
import { documentatie, evaluatie, nieuweBestPractice, step } from "./support/practices.js"
import type { Person, RunningServer } from "./support/server.js"

// Every GET endpoint and the event feed, as each kind of viewer, for the marker titles of an
// intern and a confidential product that also sit in a handover package.
const markers = {
  intern: { titel: "MARKERINTERNTITEL", samenvatting: "MARKERINTERNSAMENVATTING" },
  vertrouwelijk: { titel: "MARKERVERTROUWELIJKTITEL", samenvatting: "MARKERVERTROUWELIJKSAMENVATTING" },
} as const
const viewers = ["lid-eg-oc-rheden", "manager-riec", "beleidsmedewerker-provincie"] as const
const actors = [
  "lid-eg-oc-rheden",
  "trekker-eg-ondermijnende-criminaliteit",
  "secretaris-stuurgroep",
  "secretaris-dvo",
  "manager-riec",
  "beleidsmedewerker-provincie",
] as const
const model = Governance.samenWeerbaar()

let server: RunningServer
let close: () => Promise<void>
let overdracht: string

const start = async () => {
  const folder = mkdtempSync(join(tmpdir(), "weerbaar-sweep-"))
  const scope = Effect.runSync(Scope.make())
  const layer = serveWeerbaar({ port: 0, host: "127.0.0.1" }).pipe(
    Layer.provideMerge(WeerbaarServices),
    Layer.provideMerge(
      SqliteStore.layer({ filename: join(folder, "weerbaar.db"), readModels: Programme.programmeReadModels }),
    ),
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const { baseUrl, tokens } = await Effect.runPromise(
    Effect.gen(function* () {
      const http = yield* HttpServer.HttpServer
      yield* decidedRuleBook(model)
      const accessTokens = yield* AccessTokens
      const tokens: Record<string, string> = {}
      for (const person of actors)
        tokens[person] = (yield* accessTokens.issue(Governance.PersonId.make(person), "sweep", "test")).token
      const address = http.address
      return { baseUrl: address._tag === "TcpAddress" ? `http://127.0.0.1:${address.port}` : "", tokens }
    }).pipe(Effect.provide(context)),
  )
  close = async () => {
    await Effect.runPromise(Scope.close(scope, Exit.void))
    rmSync(folder, { recursive: true, force: true })
  }
  return { baseUrl, tokens, folder } as unknown as RunningServer
}

const decided = async (
  resource: string,
  drafter: string,
  submitter: string,
  body: unknown,
  steps: ReadonlyArray<{ orgaan: string; uitkomst: string; secretaris: string; leden: ReadonlyArray<string> }>,
) => {
  // The sweep's actors are persons of the model, not all of them in the shared list of test persons.
  const as = (p: string) => p as Person
  const drafted = await step(server, as(drafter), "POST", `/v1/${resource}`, undefined, body)
  const id: string = drafted.body.id
  let reply: Reply = await step(server, as(submitter), "POST", `/v1/${resource}/${id}/indieningen`, drafted)
  for (const s of steps) {
    reply = await step(server, as(s.secretaris), "POST", `/v1/${resource}/${id}/besluiten`, reply, {
      orgaan: s.orgaan,
      uitkomst: s.uitkomst,
      ...meeting(today(), s.leden),
    })
  }
  return id
}

/** The sweep's products as the access rules see them: the RIEC is entitled to the ondermijningsbeelden it makes. */
const sweepProducts = {
  intern: { productId: "sweep-intern", kind: "netwerkanalyse", scope: { kind: "district" }, classification: "intern" },
  vertrouwelijk: {
    productId: "sweep-vertrouwelijk",
    kind: "strategisch-ondermijningsbeeld",
    scope: { kind: "district" },
    classification: "vertrouwelijk",
  },
} as const

const product = (id: string, classificatie: "intern" | "vertrouwelijk") => ({
  id,
  soort: sweepProducts[classificatie].kind,
  producent: "riec-oost-nederland",
  reikwijdte: { soort: "district" },
  themas: ["criminele-netwerken"],
  classificatie,
  startdatum: today(),
  titel: markers[classificatie].titel,
  samenvatting: markers[classificatie].samenvatting,
  documentverwijzing: `${markers[classificatie].titel}-DOC`,
})

beforeAll(async () => {
  server = await start()
  await step(server, "manager-riec", "POST", "/v1/informatieproducten", undefined, product("sweep-intern", "intern"))
  await step(
    server,
    "manager-riec",
    "POST",
    "/v1/informatieproducten",
    undefined,
    product("sweep-vertrouwelijk", "vertrouwelijk"),
  )
  let practice = await step(
    server,
    "lid-eg-oc-rheden",
    "POST",
    "/v1/best-practices",
    undefined,
    nieuweBestPractice("bp-sweep"),
  )
  practice = await step(
    server,
    "lid-eg-oc-rheden",
    "PUT",
    "/v1/best-practices/bp-sweep/documentatie",
    practice,
    documentatie,
  )
  await decided(
    "voorstellen",
    "lid-eg-oc-rheden",
    "trekker-eg-ondermijnende-criminaliteit",
    { ...nieuwVoorstel, bestPractices: ["bp-sweep"] },
    [
      { orgaan: "stuurgroep", uitkomst: "approve", secretaris: "secretaris-stuurgroep", leden: stuurgroep },
      { orgaan: "dvo", uitkomst: "accord", secretaris: "secretaris-dvo", leden: dvo },
    ],
  )
  practice = await step(server, "lid-eg-oc-rheden", "GET", "/v1/best-practices/bp-sweep", undefined)
  practice = await step(
    server,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    "/v1/best-practices/bp-sweep/uitvoeringen",
    practice,
  )
  await step(
    server,
    "lid-eg-oc-rheden",
    "POST",
    "/v1/best-practices/bp-sweep/evaluaties",
    practice,
    evaluatie("uitvoering"),
  )
  overdracht = await decided(
    "overdrachtsvoorstellen",
    "secretaris-stuurgroep",
    "secretaris-stuurgroep",
    {
      opstellendOrgaan: "stuurgroep",
      titel: "Overdracht",
      omschrijving: "Overdracht aan VNON.",
      bestPractices: ["bp-sweep"],
    },
    [{ orgaan: "stuurgroep", uitkomst: "approve", secretaris: "secretaris-stuurgroep", leden: stuurgroep }],
  )
  await step(server, "secretaris-stuurgroep", "POST", "/v1/overdrachten", undefined, {
    overdrachtsvoorstel: overdracht,
  })
}, 120_000)
afterAll(() => close?.())

const get = async (person: string, path: string) => {
  const response = await checkedFetch(server)(`${server.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${(server.tokens as Record<string, string>)[person]}` },
  })
  return { status: response.status, text: await response.text() }
}

/** Every GET path of the served document, with each path parameter filled by each id the store knows. */
const everyGetPath = async (): Promise<ReadonlyArray<string>> => {
  const document = (await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, unknown>>
  }
  const ids = ["sweep-intern", "sweep-vertrouwelijk", "bp-sweep", overdracht, "stuurgroep", "rheden", "1"]
  const paths: Array<string> = []
  for (const [template, operations] of Object.entries(document.paths)) {
    if (!("get" in operations)) continue
    const params = template.match(/\{[^}]+\}/g) ?? []
    let filled = [template]
    for (const param of params) filled = filled.flatMap((p) => ids.map((id) => p.replace(param, id)))
    paths.push(...filled.map((p) => (p.startsWith("/v1") ? p : `/v1${p}`)))
  }
  return [...paths, "/v1/gebeurtenissen?limiet=500"]
}

describe("classifications hold in every representation", () => {
  it("no GET endpoint nor the event feed shows a marker of a product to a viewer who may not read it", async () => {
    const paths = await everyGetPath()
    expect(paths.length).toBeGreaterThan(20)
    const date = Kernel.calendarDate(today())
    let answered = 0
    for (const viewer of viewers) {
      const person = Governance.PersonId.make(viewer)
      const hidden = (["intern", "vertrouwelijk"] as const).filter(
        (c) => !Information.mayRead(model, person, sweepProducts[c], date),
      )
      for (const path of paths) {
        const { status, text } = await get(viewer, path)
        if (status === 200) answered++
        for (const c of hidden)
          for (const marker of Object.values(markers[c]))
            expect(text.includes(marker), `${viewer} ${path} shows ${marker}`).toBe(false)
      }
    }
    expect(answered).toBeGreaterThan(30)
  }, 120_000)

  it("the sweep's viewers are a member, an entitled person and a person without any seat", () => {
    const date = Kernel.calendarDate(today())
    const may = (p: string, c: "intern" | "vertrouwelijk") =>
      Information.mayRead(model, Governance.PersonId.make(p), sweepProducts[c], date)
    expect(may("lid-eg-oc-rheden", "intern")).toBe(true)
    expect(may("manager-riec", "vertrouwelijk")).toBe(true)
    expect(may("beleidsmedewerker-provincie", "intern")).toBe(false)
    expect(may("beleidsmedewerker-provincie", "vertrouwelijk")).toBe(false)
  })

  it("the package, its reading version and its event carry the intern product as a reference only", async () => {
    for (const path of [`/v1/overdrachten/${overdracht}/pakket`, `/v1/overdrachten/${overdracht}/leesversie`]) {
      const { status, text } = await get("beleidsmedewerker-provincie", path)
      expect(status).toBe(200)
      // The product is there as metadata: its id in the package, its kind and classification in the text.
      expect(text).toMatch(
        path.endsWith("pakket") ? /sweep-intern/ : /netwerkanalyse \(riec-oost-nederland, district; intern\)/,
      )
      expect(text).not.toContain(markers.intern.titel)
    }
    const feed = await get("beleidsmedewerker-provincie", "/v1/gebeurtenissen?limiet=500")
    expect(feed.text).toContain("HandoverPackageCreated")
    expect(feed.text).not.toContain(markers.intern.titel)
  })
})
