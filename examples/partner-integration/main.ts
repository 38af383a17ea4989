import { decidedRuleBook } from "@weerbaar/core/testing"
// Partner IT integrating over HTTP: a weerbaar server on 127.0.0.1 (a free port) over SQLite, the
// typed client of @weerbaar/adapters-http, and a notification receiver on loopback that gets the
// Stuurgroep's decision. Run: node --import tsx examples/partner-integration/main.ts
import { mkdtempSync, rmSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { HttpServer } from "@effect/platform"
import {
  AccessTokens,
  makeWeerbaarClient,
  serveWeerbaar,
  WeerbaarClientHttp,
  WeerbaarServices,
} from "@weerbaar/adapters-http"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance, Kernel, Programme } from "@weerbaar/core"
import { Effect, Either, Exit, Layer, Scope } from "effect"

/** The partner's own endpoint for notifications: it answers 204 and hands each one to `onNotification`. */
const startReceiver = async (onNotification: (notification: Record<string, unknown>) => void) => {
  const receiver = createServer((request, response) => {
    let body = ""
    request.on("data", (chunk) => {
      body += chunk
    })
    request.on("end", () => {
      onNotification(JSON.parse(body))
      response.writeHead(204).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve))
  return {
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/weerbaar/notificaties`,
    close: () => new Promise<void>((resolve) => receiver.close(() => resolve())),
  }
}

/** The weerbaar server as a programme office runs it, with the model adopted and tokens issued. */
const startWeerbaar = async (filename: string, persons: ReadonlyArray<Governance.PersonId>) => {
  const scope = Effect.runSync(Scope.make())
  const layer = serveWeerbaar({
    port: 0,
    host: "127.0.0.1",
    allowedCallbackHosts: ["127.0.0.1"],
    notifications: { pollInterval: "50 millis" },
  }).pipe(
    Layer.provideMerge(WeerbaarServices),
    Layer.provideMerge(SqliteStore.layer({ filename, readModels: Programme.programmeReadModels })),
  )
  const context = await Effect.runPromise(Layer.buildWithScope(layer, scope))
  const setup = Effect.gen(function* () {
    // The programme plan's route: the Stuurgroep proposes it, the DVO decides (see examples/embed-core).
    yield* decidedRuleBook(Governance.samenWeerbaar())
    const tokens = yield* AccessTokens
    const issued: Record<string, string> = {}
    // What `weerbaar token create --person P` does: the token is shown once, only its hash is stored.
    for (const person of persons) issued[person] = (yield* tokens.issue(person, "partner-integration", "beheer")).token
    const address = (yield* HttpServer.HttpServer).address
    return { baseUrl: address._tag === "TcpAddress" ? `http://127.0.0.1:${address.port}` : "", tokens: issued }
  })
  const { baseUrl, tokens } = await Effect.runPromise(setup.pipe(Effect.provide(context)))
  return { baseUrl, tokens, close: () => Effect.runPromise(Scope.close(scope, Exit.void)) }
}

const today = new Date().toISOString().slice(0, 10)
const meeting = (body: string) => ({
  vergaderdatum: today,
  aanwezig: Governance.votingMembersOn(
    Governance.samenWeerbaar(),
    Governance.BodyId.make(body),
    Kernel.calendarDate(today),
  ),
  motivering: "Besproken en besloten in de vergadering.",
})

const folder = mkdtempSync(join(tmpdir(), "weerbaar-partner-"))
const received: Array<Record<string, unknown>> = []
const receiver = await startReceiver((n) => received.push(n))
const weerbaar = await startWeerbaar(join(folder, "weerbaar.db"), [
  Governance.PersonId.make("lid-eg-oc-rheden"),
  Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
  Governance.PersonId.make("secretaris-stuurgroep"),
  Governance.PersonId.make("secretaris-dvo"),
])
const as = (person: string) => makeWeerbaarClient({ baseUrl: weerbaar.baseUrl, token: weerbaar.tokens[person]! })

/** The ETag of an item as a plain GET returns it: the typed client hands back bodies only. */
const etagOf = async (id: string, token: string) =>
  (
    await fetch(`${weerbaar.baseUrl}/v1/voorstellen/${id}`, { headers: { authorization: `Bearer ${token}` } })
  ).headers.get("etag")!

const waitFor = async (condition: () => boolean) => {
  const deadline = Date.now() + 10_000
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25))
}

const story = Effect.gen(function* () {
  const step = (text: string) => Effect.sync(() => console.log(`\n▸ ${text}`))
  const spec = yield* Effect.promise(() =>
    fetch(`${weerbaar.baseUrl}/v1/openapi.json`).then((r) => r.json() as Promise<{ openapi: string }>),
  )
  yield* step(`the server answers on 127.0.0.1; /v1/openapi.json (OpenAPI ${spec.openapi}) needs no token`)

  const dvo = yield* as("secretaris-dvo")
  yield* step("the DVO's secretariat subscribes its own receiver to the channel 'besluiten'")
  const abonnement = yield* dvo.gebeurtenissen.subscribe({
    payload: { callbackUrl: receiver.url, kanalen: ["besluiten"] },
    headers: {},
  })
  console.log(`  subscription ${abonnement.id.length > 0 ? "registered" : "?"} for ${abonnement.abonnee}`)

  yield* step("the expert group drafts a proposal; the retry with the same Idempotency-Key writes nothing new")
  const lid = yield* as("lid-eg-oc-rheden")
  const nieuw = {
    id: "bv-vastgoedfraude-2016",
    opstellendOrgaan: "eg-ondermijnende-criminaliteit",
    titel: "Aanpak vastgoedfraude",
    omschrijving: "Bibob-toetsing bij vastgoedtransacties.",
    begroting: [{ categorie: "onderzoek", organisatie: "riec-oost-nederland", jaar: 2016, bedrag: 1_500_000 }],
    bestPractices: [],
  }
  const drafted = yield* lid.voorstellen.draft({ payload: nieuw, headers: { "idempotency-key": "partner-0001" } })
  const retried = yield* lid.voorstellen.draft({ payload: nieuw, headers: { "idempotency-key": "partner-0001" } })
  const id = drafted.id
  console.log(
    `  drafted ${drafted.status}, version ${drafted.versie}; retry returns the same item: ${retried.id === id}`,
  )

  const trekkerToken = weerbaar.tokens["trekker-eg-ondermijnende-criminaliteit"]!
  const trekker = yield* as("trekker-eg-ondermijnende-criminaliteit")
  const etag = yield* Effect.promise(() => etagOf(id, trekkerToken))
  const submitted = yield* trekker.voorstellen.submit({ path: { id }, headers: { "if-match": etag } })
  console.log(`  submitted with If-Match ${etag}; whose turn: ${submitted.aanDeBeurt}`)

  yield* step("the DVO tries to accord before the Stuurgroep approved: 409, every rule in Dutch and English")
  const early = yield* Effect.either(
    dvo.voorstellen.decide({
      path: { id },
      headers: { "if-match": yield* Effect.promise(() => etagOf(id, trekkerToken)) },
      payload: { orgaan: "dvo", uitkomst: "accord", ...meeting("dvo") },
    }),
  )
  if (Either.isLeft(early) && "violations" in early.left) {
    console.log(`  ${early.left.status} ${early.left.title}`)
    for (const v of early.left.violations) console.log(`    ${v.code}: ${v.explanation.en}`)
  }

  yield* step("the Stuurgroep decides with a stale ETag: 412 names the current one, and the retry succeeds")
  const sg = yield* as("secretaris-stuurgroep")
  const decision = { orgaan: "stuurgroep", uitkomst: "approve" as const, ...meeting("stuurgroep") }
  const stale = yield* Effect.either(
    sg.voorstellen.decide({ path: { id }, headers: { "if-match": '"1"' }, payload: decision }),
  )
  if (Either.isLeft(stale) && "currentEtag" in stale.left) {
    console.log(`  ${stale.left.status}: current ETag ${stale.left.currentEtag}`)
    const approved = yield* sg.voorstellen.decide({
      path: { id },
      headers: { "if-match": stale.left.currentEtag },
      payload: decision,
    })
    console.log(`  approved; whose turn: ${approved.aanDeBeurt}`)
  }

  yield* step("the receiver gets the decision as a notification")
  yield* Effect.promise(() => waitFor(() => received.length > 0))
  const notification = received[0]
  if (notification === undefined) return yield* Effect.die(new Error("no notification arrived"))
  console.log(
    `  ${notification.kanaal} · ${notification.actie} · ${String(notification.hoofdObject).replace(weerbaar.baseUrl, "")}`,
  )

  yield* step("the event feed from the start, in order: /v1/gebeurtenissen?na=0")
  const feed = yield* dvo.gebeurtenissen.list({ urlParams: { na: 0, limiet: 50 } })
  console.log(`  ${feed.resultaten.map((g) => g.type).join(", ")}`)

  yield* dvo.gebeurtenissen.unsubscribe({ path: { id: abonnement.id } })
  console.log("\n  unsubscribed")
})

try {
  await Effect.runPromise(story.pipe(Effect.provide(WeerbaarClientHttp)))
} catch (error) {
  console.error(error)
  process.exitCode = 1
} finally {
  await weerbaar.close()
  await receiver.close()
  rmSync(folder, { recursive: true, force: true })
}
