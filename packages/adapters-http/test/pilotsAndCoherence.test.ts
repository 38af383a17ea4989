import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, dvo, meeting, nieuwVoorstel, stuurgroep, today } from "./support/http.js"
import { nieuweBestPractice, step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const pilotVoorstel = (gemeenten: ReadonlyArray<string>) => ({
  ...nieuwVoorstel,
  titel: "Pilot hennepconvenant",
  bestPractices: ["bp-pilot-hennep"],
  pilot: { gemeenten },
})

describe("pilot proposals (pilot.gemeenten), links (/koppelingen) and /v1/samenhang", () => {
  it("400 names the empty pilot municipalities and the missing title at once and stores nothing", async () => {
    const before = await server.lastPosition()
    const { titel: _, ...zonderTitel } = pilotVoorstel([])
    const reply = await call(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", { body: zonderTitel })
    expect(reply.status).toBe(400)
    expect(reply.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(
      ["body.pilot.gemeenten", "body.titel"].sort(),
    )
    expect(await server.lastPosition()).toBe(before)
  })

  it("a pilot proposal accorded by Stuurgroep and DVO lets the expert group pilot the candidate; the practice shows the pilot's accord", async () => {
    await step(
      server,
      "lid-eg-oc-rheden",
      "POST",
      "/v1/best-practices",
      undefined,
      nieuweBestPractice("bp-pilot-hennep"),
    )
    const drafted = await step(server, "lid-eg-oc-rheden", "POST", "/v1/voorstellen", undefined, pilotVoorstel(["ede"]))
    expect(drafted.body.pilot).toEqual({ gemeenten: ["ede"] })
    const id = drafted.body.id
    const submitted = await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      `/v1/voorstellen/${id}/indieningen`,
      drafted,
    )
    const approved = await step(server, "secretaris-stuurgroep", "POST", `/v1/voorstellen/${id}/besluiten`, submitted, {
      orgaan: "stuurgroep",
      uitkomst: "approve",
      ...meeting(today(), stuurgroep),
    })
    const accorded = await step(server, "secretaris-dvo", "POST", `/v1/voorstellen/${id}/besluiten`, approved, {
      orgaan: "dvo",
      uitkomst: "accord",
      ...meeting(today(), dvo),
    })
    expect(accorded.body.status).toBe("accorded")

    const practice = await call(server, "burgemeester-ede", "GET", "/v1/best-practices/bp-pilot-hennep")
    expect(practice.body.status).toBe("kandidaat")
    expect(practice.body.akkoord).toBeUndefined()
    expect(practice.body.pilotakkoord).toMatchObject({ gemeenten: ["ede"], begrotingTotaal: 2_500_000 })
    expect(practice.body.pilotakkoord.besluit.stuk).toBe(id)
    expect(practice.body.pilotgemeenten.map((p: { gemeente: string }) => p.gemeente)).toEqual(["ede"])
    const piloting = await step(
      server,
      "trekker-eg-ondermijnende-criminaliteit",
      "POST",
      "/v1/best-practices/bp-pilot-hennep/pilots",
      practice,
    )
    expect(piloting.body.status).toBe("in_pilot")
    const track = await call(server, "burgemeester-ede", "GET", "/v1/trajecten/bp-pilot-hennep/ede")
    await step(server, "burgemeester-ede", "POST", "/v1/trajecten/bp-pilot-hennep/ede/fase-overgangen", track, {
      naar: "pilot",
      datum: today(),
    })
    const register = await call(server, "burgemeester-ede", "GET", `/v1/besluiten?stuk=${id}`)
    expect(
      register.body.resultaten.map((b: { bestuursorgaan: string; pilotgemeenten?: ReadonlyArray<string> }) => [
        b.bestuursorgaan,
        b.pilotgemeenten,
      ]),
    ).toEqual([
      ["stuurgroep", undefined],
      ["dvo", ["ede"]],
    ])
    const catalogue = await call(server, "burgemeester-ede", "GET", "/v1/best-practices?status=in_pilot")
    expect(catalogue.body.resultaten).toEqual([
      expect.objectContaining({ id: "bp-pilot-hennep", pilotakkoord: accorded.body.besluiten[1].id }),
    ])
  })

  it("links two practices, shows the link on both, and the coherence by name; a second link is refused", async () => {
    const other = await step(
      server,
      "lid-eg-oc-rheden",
      "POST",
      "/v1/best-practices",
      undefined,
      nieuweBestPractice("bp-pilot-bibob"),
    )
    expect(other.status).toBe(201)
    const hennep = await call(server, "secretaris-stuurgroep", "GET", "/v1/best-practices/bp-pilot-hennep")
    const linked = await step(
      server,
      "secretaris-stuurgroep",
      "POST",
      "/v1/best-practices/bp-pilot-hennep/koppelingen",
      hennep,
      { bestPractice: "bp-pilot-bibob", toelichting: "Bibob sluit de hennepaanpak af." },
    )
    expect(linked.body.gerelateerd).toEqual([
      expect.objectContaining({ bestPractice: "bp-pilot-bibob", toelichting: "Bibob sluit de hennepaanpak af." }),
    ])
    const related = await call(server, "burgemeester-ede", "GET", "/v1/best-practices/bp-pilot-bibob")
    expect(related.body.gerelateerd.map((l: { bestPractice: string }) => l.bestPractice)).toEqual(["bp-pilot-hennep"])
    const again = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      "/v1/best-practices/bp-pilot-hennep/koppelingen",
      {
        body: { bestPractice: "bp-pilot-bibob", toelichting: "Nog eens." },
        headers: { "if-match": linked.headers.get("etag")! },
      },
    )
    expect(again.status).toBe(409)
    expect(JSON.stringify(again.body)).toContain("practice.already-linked")

    const samenhang = await call(server, "burgemeester-ede", "GET", "/v1/samenhang")
    expect(samenhang.status).toBe(200)
    expect(samenhang.body.peildatum).toBe(today())
    const oc = samenhang.body.themas.find((t: { thema: string }) => t.thema === "ondermijnende-criminaliteit")
    expect(oc.naam).toBe("Ondermijnende Criminaliteit")
    expect(
      oc.maatregelen.find((m: { bestPractice: string }) => m.bestPractice === "bp-pilot-hennep").trajecten,
    ).toEqual([{ gemeente: "ede", gemeenteNaam: "Ede", fase: "pilot" }])
    expect(samenhang.body.koppelingen).toEqual([
      expect.objectContaining({ overThemas: false, toelichting: "Bibob sluit de hennepaanpak af." }),
    ])
    const bad = await call(server, "burgemeester-ede", "GET", "/v1/samenhang?peildatum=gisteren")
    expect(bad.status).toBe(400)
  })
})
