import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { EventStore, Programme, samenWeerbaar } from "@weerbaar/core"
import { Effect, Exit, Layer, Scope } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AccessTokens, WeerbaarServices } from "../src/index.js"
import { withCommandLane } from "../src/server/commandLane.js"
import { call, dvo, meeting, nieuwVoorstel, stuurgroep, today } from "./support/http.js"
import { type Person, people, readModels, type RunningServer, startServer } from "./support/server.js"

// The command lane serves the approval route's commands that succeed, and hands every other
// request, untouched, to the HttpApi app. Two things are held here: what it hands over (with the
// body intact, nothing stored), and that what it answers is what the app answers.

interface HandedOver {
  readonly method: string | undefined
  readonly url: string | undefined
  readonly headers: IncomingMessage["headers"]
  readonly body: string
}

/** The lane in front of an "app" that records what it was handed and answers 299. */
const startLaneOnly = async () => {
  const folder = mkdtempSync(join(tmpdir(), "weerbaar-lane-"))
  const scope = Effect.runSync(Scope.make())
  const context = await Effect.runPromise(
    Layer.buildWithScope(
      WeerbaarServices.pipe(
        Layer.provideMerge(SqliteStore.layer({ filename: join(folder, "weerbaar.db"), readModels })),
      ),
      scope,
    ),
  )
  const handed: Array<HandedOver> = []
  const app = (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Array<Buffer> = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      handed.push({
        method: request.method,
        url: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      })
      response.writeHead(299)
      response.end()
    })
  }
  const { listener, tokens, lastPosition, revoke } = await Effect.runPromise(
    Effect.gen(function* () {
      yield* (yield* Programme).adoptModel(samenWeerbaar(), "secretaris-stuurgroep")
      const accessTokens = yield* AccessTokens
      const issued = {} as Record<Person, string>
      for (const person of people) issued[person] = (yield* accessTokens.issue(person, "test", "test")).token
      const store = yield* EventStore
      return {
        listener: yield* withCommandLane(app),
        tokens: issued,
        lastPosition: () => Effect.runPromise(store.lastPosition),
        revoke: (token: string) => Effect.runPromise(accessTokens.revoke(token.split(".")[1]!, "secretaris-dvo")),
      }
    }).pipe(Effect.provide(context)),
  )
  const server: Server = createServer(listener)
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const running: RunningServer = {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    tokens,
    folder,
    close: async () => {
      await new Promise((resolve) => server.close(resolve))
      await Effect.runPromise(Scope.close(scope, Exit.void))
      rmSync(folder, { recursive: true, force: true })
    },
  }
  return { server: running, handed, lastPosition, revoke }
}

describe("the command lane hands over everything but a stored command", () => {
  let lane: Awaited<ReturnType<typeof startLaneOnly>>
  beforeAll(async () => {
    lane = await startLaneOnly()
  })
  afterAll(() => lane?.server.close())

  const draft = () => call(lane.server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })

  it("answers a valid draft itself: 201 with the item, its ETag, its location and the API's headers", async () => {
    const before = lane.handed.length
    const reply = await draft()
    expect(reply.status).toBe(201)
    expect(lane.handed.length).toBe(before)
    expect(reply.body).toMatchObject({ soort: "beleidsvoorstel", status: "draft", titel: nieuwVoorstel.titel })
    expect(reply.headers.get("etag")).toBe('"1"')
    expect(reply.headers.get("location")).toBe(`/v1/voorstellen/${reply.body.id}`)
    expect(reply.headers.get("api-version")).toBe("1.0.0")
    expect(reply.headers.get("cache-control")).toBe("no-store")
    expect(reply.headers.get("content-type")).toBe("application/json")
  })

  const handedOverCases: ReadonlyArray<{
    readonly name: string
    readonly request: (
      id: string,
      etag: string,
    ) => {
      person: Person | undefined
      method: string
      path: string
      body?: unknown
      headers?: Record<string, string>
    }
  }> = [
    {
      name: "no token",
      request: () => ({ person: undefined, method: "POST", path: "/v1/voorstellen", body: nieuwVoorstel }),
    },
    {
      name: "an unknown token",
      request: () => ({
        person: undefined,
        method: "POST",
        path: "/v1/voorstellen",
        body: nieuwVoorstel,
        headers: { authorization: "Bearer wbr.000000000000.niet-echt" },
      }),
    },
    {
      name: "a body that is not JSON by its media type",
      request: () => ({
        person: "lid-eg-oc-rheden",
        method: "POST",
        path: "/v1/voorstellen",
        body: JSON.stringify(nieuwVoorstel),
        headers: { "content-type": "text/plain" },
      }),
    },
    {
      name: "malformed JSON",
      request: () => ({ person: "lid-eg-oc-rheden", method: "POST", path: "/v1/voorstellen", body: '{"titel": ' }),
    },
    {
      name: "an invalid field",
      request: () => ({
        person: "lid-eg-oc-rheden",
        method: "POST",
        path: "/v1/voorstellen",
        body: { ...nieuwVoorstel, begroting: [{ ...nieuwVoorstel.begroting[0], jaar: "volgend jaar" }] },
      }),
    },
    {
      name: "a trailing slash",
      request: () => ({ person: "lid-eg-oc-rheden", method: "POST", path: "/v1/voorstellen/", body: nieuwVoorstel }),
    },
    {
      name: "a missing If-Match",
      request: (id) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
      }),
    },
    {
      name: "an If-Match that is not an ETag",
      request: (id) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
        headers: { "if-match": "gisteren" },
      }),
    },
    {
      name: "a stale If-Match",
      request: (id) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
        headers: { "if-match": '"7"' },
      }),
    },
    {
      name: "an item that does not exist",
      request: (_id, etag) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: "/v1/voorstellen/bv-bestaat-niet/indieningen",
        headers: { "if-match": etag },
      }),
    },
    {
      name: "an item of another kind",
      request: (id, etag) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/opdrachten/${id}/indieningen`,
        headers: { "if-match": etag },
      }),
    },
    {
      name: "a command the rules refuse (a member may not submit)",
      request: (id, etag) => ({
        person: "lid-eg-oc-rheden",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
        headers: { "if-match": etag },
      }),
    },
    {
      name: "an escaped id",
      request: (id, etag) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${encodeURIComponent(`${id}`).replace("-", "%2D")}/indieningen`,
        headers: { "if-match": etag },
      }),
    },
  ]

  for (const { name, request } of handedOverCases) {
    it(`hands over ${name}, with its body intact and nothing stored`, async () => {
      const drafted = await draft()
      const { person, method, path, body, headers } = request(drafted.body.id, drafted.headers.get("etag")!)
      const before = lane.handed.length
      const stored = await lane.lastPosition()
      const reply = await call(lane.server, person, method, path, { body, ...(headers ? { headers } : {}) })
      expect(reply.status).toBe(299)
      expect(lane.handed.length).toBe(before + 1)
      const handed = lane.handed.at(-1)!
      expect(handed.method).toBe(method)
      expect(handed.url).toBe(path)
      expect(handed.body).toBe(body === undefined ? "" : typeof body === "string" ? body : JSON.stringify(body))
      if (headers?.["if-match"] !== undefined) expect(handed.headers["if-match"]).toBe(headers["if-match"])
      expect(await lane.lastPosition()).toBe(stored)
    })
  }

  it("hands over the retry of an idempotent request, which the app answers as the first time", async () => {
    const first = await call(lane.server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: nieuwVoorstel,
      headers: { "idempotency-key": "lane-1" },
    })
    expect(first.status).toBe(201)
    const stored = await lane.lastPosition()
    const again = await call(lane.server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", {
      body: nieuwVoorstel,
      headers: { "idempotency-key": "lane-1" },
    })
    expect(again.status).toBe(299)
    expect(await lane.lastPosition()).toBe(stored)
  })

  it("leaves reads and other resources to the app", async () => {
    const before = lane.handed.length
    const drafted = await draft()
    for (const [method, path] of [
      ["GET", "/v1/voorstellen"],
      ["GET", `/v1/voorstellen/${drafted.body.id}`],
      ["POST", "/v1/best-practices"],
      ["DELETE", `/v1/voorstellen/${drafted.body.id}`],
    ] as const) {
      expect((await call(lane.server, "lid-eg-oc-rheden", method, path)).status).toBe(299)
    }
    expect(lane.handed.length).toBe(before + 4)
  })
  it("hands over a command of a token revoked since the tokens were read, and stores nothing", async () => {
    const draftAsTrekker = () =>
      call(lane.server, "trekker-eg-ondermijnende-criminaliteit", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    expect((await draftAsTrekker()).status).toBe(201)
    await lane.revoke(lane.server.tokens["trekker-eg-ondermijnende-criminaliteit"])
    const before = lane.handed.length
    const stored = await lane.lastPosition()
    expect((await draftAsTrekker()).status).toBe(299)
    expect(lane.handed.length).toBe(before + 1)
    expect(await lane.lastPosition()).toBe(stored)
  })
})

describe("what the command lane answers is what the HttpApi app answers", () => {
  let server: RunningServer
  beforeAll(async () => {
    server = await startServer()
  })
  afterAll(() => server?.close())

  /** The headers a client relies on, as sent. */
  const contractHeaders = (headers: Headers) =>
    Object.fromEntries(
      [
        "api-version",
        "cache-control",
        "content-security-policy",
        "content-type",
        "etag",
        "location",
        "x-content-type-options",
      ].map((name) => [name, headers.get(name)]),
    )

  /**
   * Sends a command twice with one Idempotency-Key: the lane stores and answers the first; the
   * retry is a replay, which the lane hands to the app. Both answers must be the same, byte for byte.
   */
  const twice = async (
    person: Person,
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> },
    key: string,
  ) => {
    const send = () =>
      fetch(`${server.baseUrl}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${server.tokens[person]}`,
          "idempotency-key": key,
          ...(options.body === undefined ? {} : { "content-type": "application/json" }),
          ...options.headers,
        },
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      })
    const first = await send()
    const again = await send()
    const [firstText, againText] = [await first.text(), await again.text()]
    expect(first.status).toBe(again.status)
    expect(firstText).toBe(againText)
    expect(contractHeaders(first.headers)).toEqual(contractHeaders(again.headers))
    return { status: first.status, body: JSON.parse(firstText), etag: first.headers.get("etag")! }
  }

  it("for every command of the approval route: draft, edit, submit, decide, revoke and withdraw", async () => {
    const drafted = await twice("lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel }, "c-draft")
    expect(drafted.status).toBe(201)
    const id = drafted.body.id as string
    const edited = await twice(
      "lid-eg-oc-rheden",
      "PUT",
      `/v1/voorstellen/${id}`,
      {
        body: { ...nieuwVoorstel, titel: "Integrale aanpak hennepteelt, herzien" },
        headers: { "if-match": drafted.etag },
      },
      "c-edit",
    )
    expect(edited.status).toBe(200)
    const submitted = await twice(
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/indieningen`,
      { headers: { "if-match": edited.etag } },
      "c-submit",
    )
    expect(submitted.status).toBe(201)
    const approved = await twice(
      "secretaris-stuurgroep",
      "POST",
      `/v1/voorstellen/${id}/besluiten`,
      {
        body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
        headers: { "if-match": submitted.etag },
      },
      "c-decide",
    )
    expect(approved.status).toBe(201)
    expect(approved.body.aanDeBeurt).toBe("dvo")
    const withdrawn = await twice(
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/terugtrekkingen`,
      { body: { reden: "Niet meer nodig." }, headers: { "if-match": approved.etag } },
      "c-withdraw",
    )
    expect(withdrawn.status).toBe(201)
    expect(withdrawn.body.status).toBe("withdrawn")

    // Only a final decision is revoked: the DVO's accord of another proposal.
    const second = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    let etag = second.headers.get("etag")!
    for (const [person, path, body] of [
      ["trekker-eg-ondermijnende-criminaliteit", "indieningen", undefined],
      [
        "secretaris-stuurgroep",
        "besluiten",
        { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
      ],
    ] as const) {
      const reply = await call(server, person, "POST", `/v1/voorstellen/${second.body.id}/${path}`, {
        headers: { "if-match": etag },
        ...(body === undefined ? {} : { body }),
      })
      etag = reply.headers.get("etag")!
    }
    const accorded = await twice(
      "secretaris-dvo",
      "POST",
      `/v1/voorstellen/${second.body.id}/besluiten`,
      { body: { orgaan: "dvo", uitkomst: "accord", ...meeting(today(), dvo) }, headers: { "if-match": etag } },
      "c-accord",
    )
    expect(accorded.status).toBe(201)
    const accord = accorded.body.besluiten.find((b: { orgaan: string }) => b.orgaan === "dvo")
    const revoked = await twice(
      "secretaris-dvo",
      "POST",
      `/v1/voorstellen/${second.body.id}/intrekkingen`,
      { body: { besluit: accord.id, orgaan: "dvo", ...meeting(today(), dvo) }, headers: { "if-match": accorded.etag } },
      "c-revoke",
    )
    expect(revoked.status).toBe(201)
  })

  it("and a server without the lane answers the same commands alike", async () => {
    const plain = await startServer({ commandLane: false })
    try {
      for (const target of [server, plain]) {
        const reply = await call(target, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
          body: {
            id: "op-vergelijk",
            opstellendOrgaan: "eg-ondermijnende-criminaliteit",
            titel: "A",
            omschrijving: ".",
          },
        })
        expect(reply.status).toBe(201)
        expect(reply.body).toMatchObject({ id: "op-vergelijk", soort: "opdracht", status: "draft", versie: 1 })
        expect(contractHeaders(reply.headers)).toEqual({
          "api-version": "1.0.0",
          "cache-control": "no-store",
          "content-security-policy": "frame-ancestors 'none'",
          "content-type": "application/json",
          etag: '"1"',
          location: "/v1/opdrachten/op-vergelijk",
          "x-content-type-options": "nosniff",
        })
      }
    } finally {
      await plain.close()
    }
  })
})
