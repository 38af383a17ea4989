import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, nieuwVoorstel, stuurgroep, today, voorstelInhoud } from "./support/http.js"
import { type Person, people, type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

/** An item brought to a stage by the persons whose turn it is. */
const itemAt = async (stage: "draft" | "submitted" | "approved") => {
  const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
  let reply = drafted
  if (stage !== "draft") {
    reply = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${drafted.body.id}/indieningen`,
      {
        headers: { "if-match": reply.headers.get("etag")! },
      },
    )
  }
  if (stage === "approved") {
    reply = await call(server, "secretaris-stuurgroep", "POST", `/v1/voorstellen/${drafted.body.id}/besluiten`, {
      headers: { "if-match": reply.headers.get("etag")! },
      body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
    })
  }
  return { id: drafted.body.id as string, etag: reply.headers.get("etag")! }
}

type Action = {
  readonly name: string
  readonly stage: "draft" | "submitted" | "approved"
  readonly request: (id: string) => { method: string; path: string; body?: unknown }
  readonly allowed: ReadonlyArray<Person>
}

const actions: ReadonlyArray<Action> = [
  {
    name: "edit a draft",
    stage: "draft",
    request: (id) => ({ method: "PUT", path: `/v1/voorstellen/${id}`, body: voorstelInhoud }),
    allowed: ["lid-eg-oc-rheden", "trekker-eg-ondermijnende-criminaliteit"],
  },
  {
    name: "submit",
    stage: "draft",
    request: (id) => ({ method: "POST", path: `/v1/voorstellen/${id}/indieningen` }),
    allowed: ["trekker-eg-ondermijnende-criminaliteit"],
  },
  {
    name: "Stuurgroep approves",
    stage: "submitted",
    request: (id) => ({
      method: "POST",
      path: `/v1/voorstellen/${id}/besluiten`,
      body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
    }),
    allowed: ["secretaris-stuurgroep"],
  },
  {
    name: "DVO accords",
    stage: "approved",
    request: (id) => ({
      method: "POST",
      path: `/v1/voorstellen/${id}/besluiten`,
      body: { orgaan: "dvo", uitkomst: "accord", ...meeting(today(), dvo) },
    }),
    allowed: ["secretaris-dvo", "voorzitter-dvo"],
  },
  {
    name: "withdraw",
    stage: "submitted",
    request: (id) => ({
      method: "POST",
      path: `/v1/voorstellen/${id}/terugtrekkingen`,
      body: { reden: "Niet meer nodig." },
    }),
    allowed: ["trekker-eg-ondermijnende-criminaliteit"],
  },
]

describe("role × endpoint: who may take which step", () => {
  for (const action of actions) {
    for (const person of people) {
      const allowed = action.allowed.includes(person)
      it(`${action.name} as ${person}: ${allowed ? "201/200" : "409 authority"}`, async () => {
        const { id, etag } = await itemAt(action.stage)
        const { method, path, body } = action.request(id)
        const reply = await call(server, person, method, path, { headers: { "if-match": etag }, body })
        if (allowed) {
          expect([200, 201]).toContain(reply.status)
        } else {
          expect(reply.status).toBe(409)
          expect(reply.body.violations.map((v: { code: string }) => v.code)).toEqual(
            expect.arrayContaining([expect.stringMatching(/^authority\./)]),
          )
        }
      })
    }
    it(`${action.name} without a token: 401`, async () => {
      const { id, etag } = await itemAt(action.stage)
      const { method, path, body } = action.request(id)
      expect((await call(server, undefined, method, path, { headers: { "if-match": etag }, body })).status).toBe(401)
    })
  }
})
