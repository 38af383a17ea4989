import { FetchHttpClient } from "@effect/platform"
import { Effect, Either } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { makeWeerbaarClient, WeerbaarClientHttp } from "../src/index.js"
import { call, checkedFetch, dvo, meeting, nieuwVoorstel, stuurgroep, today, voorstelInhoud } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const as = (person: keyof RunningServer["tokens"]) =>
  makeWeerbaarClient({ baseUrl: server.baseUrl, token: server.tokens[person] })
const run = <A, E>(effect: Effect.Effect<A, E, never>) => Effect.runPromise(effect)

describe("the approval story over HTTP", () => {
  it("through the typed client: draft, submit, return, revise, approve, refused accord, accord", async () => {
    const story = Effect.gen(function* () {
      const lid = yield* as("lid-eg-oc-rheden")
      const trekker = yield* as("trekker-eg-ondermijnende-criminaliteit")
      const sg = yield* as("secretaris-stuurgroep")
      const dvoSecretaris = yield* as("secretaris-dvo")
      const [drafted, response] = yield* lid.voorstellen.draft({
        payload: nieuwVoorstel,
        headers: {},
        withResponse: true,
      })
      const id = drafted.id
      expect(drafted.status).toBe("draft")
      // The response, and so the ETag for the next change, comes with `withResponse: true`.
      expect(response.headers.etag).toBe('"1"')
      let current = yield* trekker.voorstellen.submit({ path: { id }, headers: { "if-match": '"1"' } })
      expect(current.aanDeBeurt).toBe("stuurgroep")
      current = yield* sg.voorstellen.decide({
        path: { id },
        headers: { "if-match": '"2"' },
        payload: {
          orgaan: "stuurgroep",
          uitkomst: "return",
          ...meeting(today(), stuurgroep),
          opmerkingen: "Uitsplitsen.",
        },
      })
      expect([current.status, current.versie]).toEqual(["returned", 2])
      yield* lid.voorstellen.edit({
        path: { id },
        headers: { "if-match": '"3"' },
        payload: { ...voorstelInhoud, begroting: [{ ...nieuwVoorstel.begroting[0]!, bedrag: 2_000_000 }] },
      })
      yield* trekker.voorstellen.submit({ path: { id }, headers: { "if-match": '"4"' } })
      current = yield* sg.voorstellen.decide({
        path: { id },
        headers: { "if-match": '"5"' },
        payload: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
      })
      expect(current.aanDeBeurt).toBe("dvo")
      const refused = yield* Effect.either(
        dvoSecretaris.voorstellen.decide({
          path: { id },
          headers: { "if-match": '"6"' },
          payload: { orgaan: "dvo", uitkomst: "accord", ...meeting(today(), []) },
        }),
      )
      // The DVO decides by consensus without a quorum (bestuurlijk overleg), but not with nobody present.
      expect(Either.isLeft(refused)).toBe(true)
      if (Either.isLeft(refused)) {
        expect(refused.left).toMatchObject({ status: 409, code: "decision.no-members-present" })
      }
      current = yield* dvoSecretaris.voorstellen.decide({
        path: { id },
        headers: { "if-match": '"6"' },
        payload: { orgaan: "dvo", uitkomst: "accord", ...meeting(today(), dvo) },
      })
      expect(current.status).toBe("accorded")
      const register = yield* dvoSecretaris.besluiten.list({ urlParams: { stuk: id } })
      expect(register.resultaten.map((b) => [b.bestuursorgaan, b.uitkomst])).toEqual(
        expect.arrayContaining([
          ["stuurgroep", "return"],
          ["stuurgroep", "approve"],
          ["dvo", "accord"],
        ]),
      )
      const history = yield* lid.voorstellen.history({ path: { id } })
      expect(history.map((h) => h.wat)).toEqual([
        "ItemDrafted",
        "ItemSubmitted",
        "DecisionRecorded",
        "ItemEdited",
        "ItemSubmitted",
        "DecisionRecorded",
        "DecisionRecorded",
      ])
      const begroting = yield* dvoSecretaris.bestuur.begroting()
      expect(begroting.vastgelegd).toBe(2_000_000)
    })
    await run(
      story.pipe(
        Effect.provide(WeerbaarClientHttp),
        Effect.provideService(FetchHttpClient.Fetch, checkedFetch(server)),
      ),
    )
  })

  it("through plain fetch, with ETags from the responses", async () => {
    const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
      body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "Opdracht 2016", omschrijving: "Uitwerken." },
    })
    expect(drafted.status).toBe(201)
    expect(drafted.headers.get("location")).toBe(`/v1/opdrachten/${drafted.body.id}`)
    const submitted = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/opdrachten/${drafted.body.id}/indieningen`,
      {
        headers: { "if-match": drafted.headers.get("etag")! },
      },
    )
    expect([submitted.status, submitted.body.status]).toEqual([201, "submitted"])
    const approved = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      `/v1/opdrachten/${drafted.body.id}/besluiten`,
      {
        headers: { "if-match": submitted.headers.get("etag")! },
        body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
      },
    )
    expect([approved.status, approved.body.status]).toEqual([201, "approved"])
    const allowed = await call(server, "secretaris-dvo", "GET", `/v1/opdrachten/${drafted.body.id}/toegestane-acties`)
    expect(allowed.status).toBe(200)
    expect(allowed.body.every((a: { toegestaan: boolean }) => a.toegestaan === false)).toBe(true)
    const list = await call(server, "secretaris-dvo", "GET", "/v1/opdrachten?status=approved")
    expect(list.body.resultaten.map((s: { id: string }) => s.id)).toContain(drafted.body.id)
    const feed = await call(server, "secretaris-dvo", "GET", "/v1/gebeurtenissen?limiet=500")
    expect(feed.body.resultaten.some((e: { stroom: string }) => e.stroom === `item-${drafted.body.id}`)).toBe(true)
    expect(feed.body.resultaten.some((e: { stroom: string }) => e.stroom === "access-tokens")).toBe(false)
  })
})
