import { Handover, Kernel, type Store } from "@weerbaar/core"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, meeting, nieuwVoorstel, type Reply, stuurgroep, today } from "./support/http.js"
import { nieuweBestPractice } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

const endDecision = "dvo-einde-programma"

let server: RunningServer
let concept: Reply
let approved: Reply

// No endpoint ends the programme yet: the test records the end in the server's store with core's
// own event and codec, as the DVO's decision would.
const endTheProgramme = (store: Store.EventStoreShape) =>
  Effect.runPromise(
    store.append(
      [
        {
          streamId: Handover.programmeEndStreamId,
          expectedVersion: 0,
          events: [
            Handover.programmeEndEventCodec.toNewEvent(
              new Handover.ProgrammeEnded({
                decisionId: endDecision,
                meetingDate: Kernel.calendarDate(today()),
                rationale: "De doorontwikkeling gaat over naar de Expertgroep Ondermijning VNON.",
                handedOver: [],
                endedBy: "secretaris-dvo",
                at: new Date().toISOString() as Kernel.Timestamp,
              }),
            ),
          ],
        },
      ],
      { actor: "secretaris-dvo" },
    ),
  )

beforeAll(async () => {
  let store: Store.EventStoreShape | undefined
  server = await startServer({}, (s) => {
    store = s
    return s
  })
  // Before the end: a proposal still in draft, and an assignment the Stuurgroep approved.
  concept = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
  const opdracht = await call(server, "lid-eg-oc-rheden", "POST", "/v1/opdrachten", {
    body: { opstellendOrgaan: "eg-ondermijnende-criminaliteit", titel: "Opdracht 2016", omschrijving: "Uitwerken." },
  })
  const submitted = await call(
    server,
    "trekker-eg-ondermijnende-criminaliteit",
    "POST",
    `/v1/opdrachten/${opdracht.body.id}/indieningen`,
    { headers: { "if-match": opdracht.headers.get("etag")! } },
  )
  approved = await call(server, "secretaris-stuurgroep", "POST", `/v1/opdrachten/${opdracht.body.id}/besluiten`, {
    headers: { "if-match": submitted.headers.get("etag")! },
    body: { orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
  })
  expect([concept.status, approved.status, approved.body.status]).toEqual([201, 201, "approved"])
  await endTheProgramme(store!)
})
afterAll(() => server?.close())

/** The 409 names programme.ended and the decision that ended the programme. */
const expectEnded = (reply: Reply) => {
  expect(reply.status).toBe(409)
  expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
  expect(reply.body.code).toBe("programme.ended")
  expect(reply.body.violations).toEqual([
    expect.objectContaining({ code: "programme.ended", facts: expect.objectContaining({ decision: endDecision }) }),
  ])
  expect(reply.body.detail).toContain(endDecision)
}

describe("after the programme's end, no new work starts through the API", () => {
  it("a new proposal, a new Best Practice and a new milestone are 409 programme.ended naming the decision, and nothing is stored", async () => {
    const before = await server.lastPosition()
    expectEnded(await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel }))
    expectEnded(
      await call(server, "lid-eg-oc-rheden", "POST", "/v1/best-practices", { body: nieuweBestPractice("bp-na-einde") }),
    )
    expectEnded(
      await call(server, "trekker-eg-ondermijnende-criminaliteit", "POST", "/v1/mijlpalen", {
        body: {
          id: "ms-na-einde",
          titel: "Nieuwe mijlpaal",
          fase: "borgen",
          eigenaar: "eg-ondermijnende-criminaliteit",
          deadline: today(),
        },
      }),
    )
    expect(await server.lastPosition()).toBe(before)
    expect((await call(server, "secretaris-dvo", "GET", "/v1/best-practices/bp-na-einde")).status).toBe(404)
    expect((await call(server, "secretaris-dvo", "GET", "/v1/mijlpalen/ms-na-einde")).status).toBe(404)
  })

  it("a proposal drafted before the end is not submitted, and its allowed actions show why", async () => {
    const before = await server.lastPosition()
    const allowed = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "GET",
      `/v1/voorstellen/${concept.body.id}/toegestane-acties`,
    )
    expect(allowed.status).toBe(200)
    const submit = allowed.body.find((a: { actie: string }) => a.actie === "submit")
    expect(submit.toegestaan).toBe(false)
    expect(submit.redenen.map((r: { code: string }) => r.code)).toEqual(["programme.ended"])
    expect(submit.redenen[0].uitleg.nl).toContain(endDecision)
    expectEnded(
      await call(
        server,
        "trekker-eg-ondermijnende-criminaliteit",
        "POST",
        `/v1/voorstellen/${concept.body.id}/indieningen`,
        { headers: { "if-match": concept.headers.get("etag")! } },
      ),
    )
    expect(await server.lastPosition()).toBe(before)
    expect((await call(server, "secretaris-dvo", "GET", `/v1/voorstellen/${concept.body.id}`)).body.status).toBe(
      "draft",
    )
  })

  it("a decision on an existing item still works: the Stuurgroep revokes its approval", async () => {
    const decision = approved.body.besluiten.find((b: { orgaan: string }) => b.orgaan === "stuurgroep")
    const revoked = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      `/v1/opdrachten/${approved.body.id}/intrekkingen`,
      {
        headers: { "if-match": approved.headers.get("etag")! },
        body: { besluit: decision.id, orgaan: "stuurgroep", ...meeting(today(), stuurgroep) },
      },
    )
    expect(revoked.status).toBe(201)
  })
})
