import { Either } from "effect"
import { Governance } from "@weerbaar/core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, nieuwVoorstel, stuurgroep, today } from "./support/http.js"
import { nieuweBestPractice, step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

// 25.000 euro asked, 10.000 available, beyond the envelope signalled; a pilot in a municipality
// the Stuurgroep did not designate signalled as a local initiative.
const signallingModel = (): Governance.GovernanceModel => {
  const json = JSON.parse(JSON.stringify(Governance.samenWeerbaarJson()))
  json.programme.availableBudget = 1_000_000
  return Either.getOrThrow(
    Governance.decodeGovernanceModel({
      ...json,
      forces: { "budget.exceeds-available": "signaleren", "track.not-a-pilot-municipality": "signaleren" },
    }),
  )
}

type Signaal = { readonly code: string; readonly explanation: { readonly nl: string; readonly en: string } }

let server: RunningServer
beforeAll(async () => {
  server = await startServer({}, undefined, signallingModel())
})
afterAll(async () => {
  await server?.close()
})

describe("signals in the answers beyond items, and in the decision register", () => {
  it("Ede's own pilot answers with its signal, and reading the track later does not", async () => {
    const registered = await step(server, "lid-eg-oc-rheden", "POST", "/v1/best-practices", undefined, {
      ...nieuweBestPractice("bp-eigen"),
    })
    expect(registered.body).not.toHaveProperty("signalen")
    const track = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-eigen/ede")
    const moved = await step(server, "burgemeester-ede", "POST", "/v1/trajecten/bp-eigen/ede/fase-overgangen", track, {
      naar: "pilot",
      datum: today(),
      reden: "Ede begint op eigen initiatief.",
    })
    expect(moved.status).toBe(201)
    expect(moved.body.fase).toBe("pilot")
    const signalen = moved.body.signalen as ReadonlyArray<Signaal>
    expect(signalen.map((s) => s.code)).toEqual(["track.not-a-pilot-municipality"])
    expect(signalen[0]!.explanation.nl).toContain("ede")
    expect(moved.body).toHaveProperty("signalen.0.facts")
    const read = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-eigen/ede")
    expect(read.body).not.toHaveProperty("signalen")

    // The pilot's reason is its explanation: health lists it per rule, and not as open for Ede.
    const health = await call(server, "secretaris-dvo", "GET", "/v1/randvoorwaarden")
    expect(health.body.regelsignalen.perRegel).toContainEqual({ code: "track.not-a-pilot-municipality", aantal: 1 })
    expect(health.body.regelsignalen.openPerGemeente).toEqual([])
    // The rule asks a reason: without one the move is refused and nothing is stored.
    const rheden = await call(server, "trekker-eg-ondermijnende-criminaliteit", "GET", "/v1/trajecten/bp-eigen/rheden")
    const position = await server.lastPosition()
    const unexplained = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/trajecten/bp-eigen/rheden/fase-overgangen",
      { headers: { "if-match": rheden.headers.get("etag")! }, body: { naar: "pilot", datum: today() } },
    )
    expect(unexplained.status).toBe(409)
    expect(JSON.stringify(unexplained.body)).toContain("signal.reason-required")
    expect(await server.lastPosition()).toBe(position)
    await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/trajecten/bp-eigen/rheden/fase-overgangen",
      rheden,
      { naar: "pilot", datum: today(), reden: "Rheden nam het initiatief." },
    )
    const later = await call(server, "secretaris-dvo", "GET", "/v1/randvoorwaarden")
    expect(later.body.regelsignalen.perRegel).toContainEqual({ code: "track.not-a-pilot-municipality", aantal: 2 })
    expect(later.body.regelsignalen.openPerGemeente).toEqual([])
  })

  it("a retried command with the same Idempotency-Key answers with the signals the first one stored", async () => {
    await step(server, "lid-eg-oc-rheden", "POST", "/v1/best-practices", undefined, {
      ...nieuweBestPractice("bp-nogmaals"),
    })
    const track = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-nogmaals/ede")
    const move = () =>
      call(server, "burgemeester-ede", "POST", "/v1/trajecten/bp-nogmaals/ede/fase-overgangen", {
        headers: { "if-match": track.headers.get("etag")!, "idempotency-key": "pilot-ede-nogmaals" },
        body: { naar: "pilot", datum: today(), reden: "Ede begint op eigen initiatief." },
      })
    const first = await move()
    const position = await server.lastPosition()
    const again = await move()
    expect([first.status, again.status]).toEqual([201, 201])
    expect(await server.lastPosition()).toBe(position)
    expect(again.body.signalen).toEqual(
      (first.body.signalen as ReadonlyArray<Signaal>).map((s) => ({ ...s, facts: expect.anything() })),
    )
    expect((again.body.signalen as ReadonlyArray<Signaal>).map((s) => s.code)).toEqual([
      "track.not-a-pilot-municipality",
    ])
  })

  it("the decision register shows the signal of the accord beyond the envelope on that decision only", async () => {
    const drafted = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: nieuwVoorstel })
    const id = drafted.body.id as string
    const submitted = await call(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/indieningen`,
      { headers: { "if-match": drafted.headers.get("etag")! } },
    )
    const approved = await call(server, "secretaris-stuurgroep", "POST", `/v1/voorstellen/${id}/besluiten`, {
      headers: { "if-match": submitted.headers.get("etag")! },
      body: { id: "besluit-sg-eigen", orgaan: "stuurgroep", uitkomst: "approve", ...meeting(today(), stuurgroep) },
    })
    const accorded = await call(server, "secretaris-dvo", "POST", `/v1/voorstellen/${id}/besluiten`, {
      headers: { "if-match": approved.headers.get("etag")! },
      body: { id: "besluit-dvo-eigen", orgaan: "dvo", uitkomst: "accord", ...meeting(today(), dvo) },
    })
    expect(accorded.status).toBe(201)

    const list = await call(server, "secretaris-dvo", "GET", `/v1/besluiten?stuk=${id}`)
    expect(list.status).toBe(200)
    const besluiten = list.body.resultaten as ReadonlyArray<{
      identificatie: string
      signalen?: ReadonlyArray<Signaal>
    }>
    expect(besluiten.map((b) => [b.identificatie, b.signalen?.map((s) => s.code)])).toEqual([
      ["besluit-dvo-eigen", ["budget.exceeds-available"]],
      ["besluit-sg-eigen", undefined],
    ])
    const one = await call(server, "secretaris-dvo", "GET", "/v1/besluiten/besluit-dvo-eigen")
    expect(one.body.signalen).toEqual([
      { code: "budget.exceeds-available", explanation: expect.objectContaining({ nl: expect.any(String) }) },
    ])
    expect((await call(server, "secretaris-dvo", "GET", "/v1/besluiten/besluit-sg-eigen")).body).not.toHaveProperty(
      "signalen",
    )
  })
})
