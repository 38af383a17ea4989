import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, type Reply, today } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
const meetingId = "dvo-einde"
const reden = "De doorontwikkeling gaat over naar de Expertgroep Ondermijning VNON."

/** A change on the DVO's meeting with the ETag it has now. */
const onMeeting = async (path: string, body?: unknown): Promise<Reply> => {
  const current = await call(server, "secretaris-dvo", "GET", `/v1/vergaderingen/${meetingId}`)
  return call(server, "secretaris-dvo", "POST", `/v1/vergaderingen/${meetingId}/${path}`, {
    headers: { "if-match": current.headers.get("etag")! },
    ...(body === undefined ? {} : { body }),
  })
}

beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

describe("the DVO ends the programme at a point of its meeting", () => {
  it("before the end there is none to read", async () => {
    expect((await call(server, "secretaris-dvo", "GET", "/v1/programma/beeindiging")).status).toBe(404)
  })

  it("without a meeting's record or point the request is 400 naming the missing fields, and stores nothing", async () => {
    const before = await server.lastPosition()
    const bad = await call(server, "secretaris-dvo", "POST", "/v1/programma/beeindiging", {
      body: { motivering: "Het programma is afgerond.", reden },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.aanwezig",
      "body.vergaderdatum",
    ])
    const unknownPoint = await call(server, "secretaris-dvo", "POST", "/v1/programma/beeindiging", {
      body: { vergadering: { id: "bestaat-niet", agendapunt: 1 }, motivering: "Afgerond.", reden },
    })
    expect(unknownPoint.status).toBe(400)
    expect(unknownPoint.body.invalidParams[0].name).toBe("body.vergadering.id")
    expect(await server.lastPosition()).toBe(before)
  })

  it("with the meeting's point: the end carries the meeting's record, and the point is decided", async () => {
    const planned = await call(server, "secretaris-dvo", "POST", "/v1/vergaderingen", {
      body: { id: meetingId, orgaan: "dvo", datum: today(), online: true },
    })
    expect(planned.status).toBe(201)
    expect(
      (await onMeeting("agendapunten", { titel: "Beëindiging programma", onderwerp: { soort: "overig" } })).status,
    ).toBe(201)
    for (const lid of dvo) {
      expect((await onMeeting("aanwezigheid", { lid, aanwezigheid: "aanwezig" })).status).toBe(201)
    }

    const ended = await call(server, "secretaris-dvo", "POST", "/v1/programma/beeindiging", {
      body: {
        besluit: "dvo-einde-programma",
        vergadering: { id: meetingId, agendapunt: 1 },
        motivering: "Afgerond.",
        reden,
      },
    })
    expect(ended.status).toBe(201)
    expect(ended.body).toMatchObject({
      besluit: "dvo-einde-programma",
      orgaan: "dvo",
      vergaderdatum: today(),
      vergadering: { id: meetingId, agendapunt: 1 },
    })
    expect(ended.body.aanwezig).toHaveLength(dvo.length)
    // Open work is signalled, with the DVO's reason.
    expect(ended.body.signalen.map((s: { code: string }) => s.code)).toContain("programme.theme-not-handed-over")

    expect((await call(server, "secretaris-dvo", "GET", "/v1/programma/beeindiging")).body.besluit).toBe(
      "dvo-einde-programma",
    )
    const list = await call(server, "secretaris-dvo", "GET", `/v1/besluitenlijsten/${meetingId}`)
    expect(list.body.agendapunten[0].besluit.id).toBe("dvo-einde-programma")
    const besluit = await call(server, "secretaris-dvo", "GET", "/v1/besluiten/dvo-einde-programma")
    expect(besluit.body).toMatchObject({ onderwerp: "programma-einde", vergadering: { id: meetingId, agendapunt: 1 } })
  })
})
