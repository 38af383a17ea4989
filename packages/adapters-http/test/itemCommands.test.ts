import { decidedRuleBook } from "@weerbaar/core/testing"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance } from "@weerbaar/core"
import { Effect, Exit, Layer, Scope } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AccessTokens, WeerbaarServices, weerbaarRequestListener } from "../src/index.js"
import { call, checkedFetch, dvo, meeting, nieuwVoorstel, stuurgroep, today, voorstelInhoud } from "./support/http.js"
import { type Person, readModels, type RunningServer, startServer } from "./support/server.js"

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

const draft = (target: RunningServer = server) =>
  call(target, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })

describe("commands on items", () => {
  it("a draft is answered 201 with the item, its ETag, its location and the API's headers", async () => {
    const reply = await draft()
    expect(reply.status).toBe(201)
    expect(reply.body).toMatchObject({ soort: "beleidsvoorstel", status: "draft", titel: nieuwVoorstel.titel })
    expect(contractHeaders(reply.headers)).toEqual({
      "api-version": "1.0.0",
      "cache-control": "no-store",
      "content-security-policy": "frame-ancestors 'none'",
      "content-type": "application/json",
      etag: '"1"',
      location: `/v1/voorstellen/${reply.body.id}`,
      "x-content-type-options": "nosniff",
    })
  })

  const failing: ReadonlyArray<{
    readonly name: string
    readonly status: number
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
      status: 401,
      request: () => ({ person: undefined, method: "POST", path: "/v1/voorstellen", body: nieuwVoorstel }),
    },
    {
      name: "an unknown token",
      status: 401,
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
      status: 415,
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
      status: 400,
      request: () => ({ person: "lid-eg-oc-rheden", method: "POST", path: "/v1/voorstellen", body: '{"titel": ' }),
    },
    {
      name: "an invalid field",
      status: 400,
      request: () => ({
        person: "lid-eg-oc-rheden",
        method: "POST",
        path: "/v1/voorstellen",
        body: { ...nieuwVoorstel, begroting: [{ ...nieuwVoorstel.begroting[0], jaar: "volgend jaar" }] },
      }),
    },
    {
      name: "a trailing slash",
      status: 404,
      request: () => ({ person: "lid-eg-oc-rheden", method: "POST", path: "/v1/voorstellen/", body: nieuwVoorstel }),
    },
    {
      name: "a missing If-Match",
      status: 428,
      request: (id) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
      }),
    },
    {
      name: "an If-Match that is not an ETag",
      status: 400,
      request: (id) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
        headers: { "if-match": "gisteren" },
      }),
    },
    {
      name: "a stale If-Match",
      status: 412,
      request: (id) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
        headers: { "if-match": '"7"' },
      }),
    },
    {
      name: "an item that does not exist",
      status: 404,
      request: (_id, etag) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: "/v1/voorstellen/bv-bestaat-niet/indieningen",
        headers: { "if-match": etag },
      }),
    },
    {
      name: "an item of another kind",
      status: 404,
      request: (id, etag) => ({
        person: "trekker-eg-ondermijnende-criminaliteit",
        method: "POST",
        path: `/v1/opdrachten/${id}/indieningen`,
        headers: { "if-match": etag },
      }),
    },
    {
      name: "a command the rules refuse (a member may not submit)",
      status: 409,
      request: (id, etag) => ({
        person: "lid-eg-oc-rheden",
        method: "POST",
        path: `/v1/voorstellen/${id}/indieningen`,
        headers: { "if-match": etag },
      }),
    },
  ]

  for (const { name, status, request } of failing) {
    it(`${name}: ${status} as problem+json, and nothing is stored`, async () => {
      const drafted = await draft()
      const { person, method, path, body, headers } = request(drafted.body.id, drafted.headers.get("etag")!)
      const stored = await server.lastPosition()
      const reply = await call(server, person, method, path, { body, ...(headers ? { headers } : {}) })
      expect(reply.status).toBe(status)
      expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
      expect(reply.body).toMatchObject({ status })
      expect(reply.headers.get("api-version")).toBe("1.0.0")
      expect(await server.lastPosition()).toBe(stored)
    })
  }

  it("an id with an escape in the path names the same item", async () => {
    const drafted = await draft()
    const escaped = encodeURIComponent(drafted.body.id).replace("-", "%2D")
    const reply = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${escaped}/indieningen`,
      {
        headers: { "if-match": drafted.headers.get("etag")! },
      },
    )
    expect(reply.status).toBe(201)
    expect(reply.body).toMatchObject({ id: drafted.body.id, status: "submitted" })
  })

  it("a revoked token is refused from its revocation on, and its command stores nothing", async () => {
    const own = await startServer()
    try {
      expect((await draft(own)).status).toBe(201)
      await own.revoke("lid-eg-oc-rheden")
      const stored = await own.lastPosition()
      expect((await draft(own)).status).toBe(401)
      expect(await own.lastPosition()).toBe(stored)
    } finally {
      await own.close()
    }
  })
})

describe("a retried command with its Idempotency-Key answers as the first, byte for byte", () => {
  const twice = async (
    person: Person,
    method: string,
    path: string,
    options: { body?: unknown; headers?: Record<string, string> },
    key: string,
  ) => {
    const send = () =>
      checkedFetch(server)(`${server.baseUrl}${path}`, {
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
    const stored = await server.lastPosition()
    const again = await send()
    const [firstText, againText] = [await first.text(), await again.text()]
    expect(first.status).toBe(again.status)
    expect(firstText).toBe(againText)
    expect(contractHeaders(first.headers)).toEqual(contractHeaders(again.headers))
    expect(await server.lastPosition()).toBe(stored)
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
        body: { ...voorstelInhoud, titel: "Integrale aanpak hennepteelt, herzien" },
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
    const second = await draft()
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
})

describe("embedded in a server of one's own", () => {
  it("weerbaarRequestListener answers a command as the served API does", async () => {
    const folder = mkdtempSync(join(tmpdir(), "weerbaar-embedded-"))
    const scope = Effect.runSync(Scope.make())
    let own: Server | undefined
    try {
      const context = await Effect.runPromise(
        Layer.buildWithScope(
          WeerbaarServices.pipe(
            Layer.provideMerge(SqliteStore.layer({ filename: join(folder, "weerbaar.db"), readModels })),
          ),
          scope,
        ),
      )
      const { listener, token } = await Effect.runPromise(
        Effect.gen(function* () {
          yield* decidedRuleBook(Governance.samenWeerbaar())
          const issued = yield* (yield* AccessTokens).issue(
            Governance.PersonId.make("lid-eg-oc-rheden"),
            "test",
            "test",
          )
          return { listener: yield* weerbaarRequestListener(), token: issued.token }
        }).pipe(Effect.provide(context), Scope.extend(scope)),
      )
      own = createServer(listener)
      await new Promise<void>((resolve) => own!.listen(0, "127.0.0.1", resolve))
      const body = {
        id: "op-vergelijk",
        opstellendOrgaan: "eg-ondermijnende-criminaliteit",
        titel: "A",
        omschrijving: ".",
      }
      const embedded = await fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}/v1/opdrachten`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      })
      const served = await call(server, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", { body })
      expect(embedded.status).toBe(201)
      expect(served.status).toBe(201)
      expect(await embedded.json()).toEqual(served.body)
      expect(contractHeaders(embedded.headers)).toEqual(contractHeaders(served.headers))
    } finally {
      if (own !== undefined) await new Promise((resolve) => own!.close(resolve))
      await Effect.runPromise(Scope.close(scope, Exit.void))
      rmSync(folder, { recursive: true, force: true })
    }
  })
})
