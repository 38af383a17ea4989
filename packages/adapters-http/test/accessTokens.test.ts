import { join } from "node:path"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance, Kernel, Store } from "@weerbaar/core"
import { Effect, Layer } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { AccessTokens, WeerbaarServices } from "../src/index.js"
import { call, checkedFetch, nieuwVoorstel } from "./support/http.js"
import { readModels, type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

/** The store file as a second process (the CLI) opens it, its clock set to `now`. */
const asOperator = <A, E>(now: string, effect: Effect.Effect<A, E, AccessTokens>) =>
  Effect.runPromise(
    effect.pipe(
      Effect.provide(
        WeerbaarServices.pipe(
          Layer.provideMerge(SqliteStore.layer({ filename: join(server.folder, "weerbaar.db"), readModels })),
          Layer.provideMerge(Store.ProgrammeClock.settable(now)),
        ),
      ),
    ),
  )

const issue = (person: string, now: string, expiresAt?: string) =>
  asOperator(
    now,
    Effect.flatMap(AccessTokens, (tokens) =>
      tokens.issue(
        Governance.PersonId.make(person),
        "test",
        "secretaris-stuurgroep",
        expiresAt === undefined ? undefined : Kernel.Timestamp.make(expiresAt),
      ),
    ),
  )

const asToken = async (token: string, method: string, path: string, body?: unknown) => {
  const response = await checkedFetch(server)(`${server.baseUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

const refusedAsInvalidToken = (reply: { status: number; headers: Headers; text: string }, what: string) => {
  expect(reply.status, what).toBe(401)
  expect(reply.headers.get("content-type"), what).toContain("application/problem+json")
  expect(reply.headers.get("www-authenticate"), what).toMatch(/^Bearer\b.*error="invalid_token"/)
  expect(JSON.parse(reply.text), what).toMatchObject({ status: 401 })
}

/** Every operation of the served document that needs a token, with its path parameters filled in. */
const securedOperations = async () => {
  const document = (await (await fetch(`${server.baseUrl}/v1/openapi.json`)).json()) as {
    paths: Record<string, Record<string, { security?: ReadonlyArray<unknown> }>>
    security?: ReadonlyArray<unknown>
    servers?: ReadonlyArray<{ url: string }>
  }
  // Paths are relative to the server's URL (`/v1`).
  const base = new URL(document.servers?.[0]?.url ?? "/", server.baseUrl).pathname.replace(/\/$/, "")
  const operations: Array<{ method: string; path: string }> = []
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!["get", "post", "put", "patch", "delete"].includes(method)) continue
      const security = operation.security ?? document.security ?? []
      if (security.length === 0) continue
      operations.push({ method: method.toUpperCase(), path: `${base}${path.replace(/\{[^}]+\}/g, "x")}` })
    }
  }
  return operations
}

describe("bearer tokens as an operator manages them", () => {
  it("a revoked token is refused on every endpoint of the document, with invalid_token, and stores nothing", async () => {
    const { token, tokenId } = await issue("lid-eg-oc-rheden", new Date().toISOString())
    expect((await asToken(token, "POST", "/v1/voorstellen", nieuwVoorstel)).status).toBe(201)
    await asOperator(
      new Date().toISOString(),
      Effect.flatMap(AccessTokens, (tokens) => tokens.revoke(tokenId, "secretaris-stuurgroep")),
    )
    const stored = await server.lastPosition()
    const operations = await securedOperations()
    expect(operations.length).toBeGreaterThan(20)
    for (const { method, path } of operations) {
      refusedAsInvalidToken(await asToken(token, method, path, method === "GET" ? undefined : {}), `${method} ${path}`)
    }
    expect(await server.lastPosition()).toBe(stored)
  })

  it("an expired token is refused from its expiry on; one that has not expired works", async () => {
    const expired = await issue("secretaris-dvo", "2020-01-01T00:00:00Z", "2021-01-01T00:00:00Z")
    const valid = await issue("secretaris-dvo", "2020-01-01T00:00:00Z", "2999-01-01T00:00:00Z")
    refusedAsInvalidToken(await asToken(expired.token, "GET", "/v1/voorstellen"), "expired")
    expect((await asToken(valid.token, "GET", "/v1/voorstellen")).status).toBe(200)
  })

  it("a request without a token is 401 but not an invalid token", async () => {
    const reply = await call(server, undefined, "GET", "/v1/voorstellen")
    expect(reply.status).toBe(401)
    expect(reply.headers.get("www-authenticate") ?? "").not.toContain("invalid_token")
  })

  it("lists tokens without their secrets and issues none for a person outside the model", async () => {
    const listed = await asOperator(
      new Date().toISOString(),
      Effect.flatMap(AccessTokens, (tokens) => tokens.list),
    )
    expect(listed.length).toBeGreaterThan(0)
    for (const token of listed) {
      expect(Object.keys(token)).not.toContain("secretHash")
      expect(Object.keys(token)).not.toContain("token")
    }
    const stored = await server.lastPosition()
    const refused = await asOperator(
      new Date().toISOString(),
      Effect.flip(
        Effect.flatMap(AccessTokens, (tokens) =>
          tokens.issue(Governance.PersonId.make("nobody"), "test", "secretaris-stuurgroep"),
        ),
      ),
    )
    expect(refused).toMatchObject({ _tag: "UnknownPerson", person: "nobody" })
    expect(await server.lastPosition()).toBe(stored)
  })
})
