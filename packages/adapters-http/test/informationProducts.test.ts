import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, checkedFetch, today } from "./support/http.js"
import { step } from "./support/practices.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
const geheim = "Lokaal ondermijningsbeeld Rheden: vastgoed en drugs"
const intern = "Netwerkanalyse pilot Rheden, samenvatting"

beforeAll(async () => {
  server = await startServer()
  await step(server, "manager-riec", "POST", "/v1/informatieproducten", undefined, {
    id: "lob-rheden",
    soort: "lokaal-ondermijningsbeeld",
    producent: "riec-oost-nederland",
    reikwijdte: { soort: "gemeente", gemeente: "rheden" },
    themas: ["drugs", "vastgoedfraude"],
    classificatie: "vertrouwelijk",
    startdatum: today(),
    titel: geheim,
    samenvatting: "Wie wat waar: namen en adressen.",
  })
  await step(server, "manager-riec", "POST", "/v1/informatieproducten", undefined, {
    id: "samenvatting-rheden",
    soort: "netwerkanalyse",
    producent: "riec-oost-nederland",
    reikwijdte: { soort: "district" },
    themas: ["criminele-netwerken"],
    classificatie: "intern",
    startdatum: today(),
    titel: intern,
    samenvatting: "De hoofdlijnen, zonder namen.",
  })
})
afterAll(() => server?.close())

const raw = async (token: string | undefined, path: string) => {
  const response = await checkedFetch(server)(`${server.baseUrl}${path}`, {
    headers: token === undefined ? {} : { authorization: `Bearer ${token}` },
  })
  return { status: response.status, text: await response.text() }
}

describe("/v1/informatieproducten under the access rules", () => {
  it("the entitled RIEC partner reads a confidential product, and the read is recorded", async () => {
    const reply = await call(server, "manager-riec", "GET", "/v1/informatieproducten/lob-rheden")
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ id: "lob-rheden", titel: geheim, classificatie: "vertrouwelijk" })
    expect(reply.headers.get("etag")).toBe('"2"')
  })

  it("a person without entitlement gets the access rule's refusal, without title or content anywhere", async () => {
    const reply = await call(server, "burgemeester-ede", "GET", "/v1/informatieproducten/lob-rheden")
    expect(reply.status).toBe(409)
    expect(reply.body.code).toBe("access.vertrouwelijk-entitled-only")
    for (const person of ["burgemeester-ede", "secretaris-dvo"] as const) {
      const { status, text } = await raw(server.tokens[person], "/v1/informatieproducten/lob-rheden")
      expect(status).toBe(409)
      expect(text).toContain("lob-rheden")
      expect(text).not.toContain(geheim)
      expect(text).not.toContain("namen en adressen")
    }
  })

  it("without a token: 401, and nothing of the product", async () => {
    const { status, text } = await raw(undefined, "/v1/informatieproducten/lob-rheden")
    expect(status).toBe(401)
    expect(text).not.toContain(geheim)
    expect((await raw(undefined, "/v1/informatieproducten")).status).toBe(401)
  })

  it("the listing never shows a confidential title, and an intern title only to members of the programme", async () => {
    for (const person of ["burgemeester-ede", "manager-riec", "lid-eg-oc-rheden"] as const) {
      const { status, text } = await raw(server.tokens[person], "/v1/informatieproducten")
      expect(status).toBe(200)
      expect(text).not.toContain(geheim)
      expect(text).not.toContain("namen en adressen")
    }
    const member = await call(server, "lid-eg-oc-rheden", "GET", "/v1/informatieproducten?classificatie=intern")
    expect(member.body.resultaten).toEqual([expect.objectContaining({ id: "samenvatting-rheden", titel: intern })])
    const outsider = await call(server, "manager-riec", "GET", "/v1/informatieproducten?classificatie=intern")
    expect(outsider.body.resultaten[0].titel).toBeUndefined()
    expect((await call(server, "manager-riec", "GET", "/v1/informatieproducten/samenvatting-rheden")).body.code).toBe(
      "access.intern-members-only",
    )
  })

  it("the producer delivers and an expert group links a Best Practice, with If-Match", async () => {
    const current = await call(server, "manager-riec", "GET", "/v1/informatieproducten/lob-rheden")
    const delivered = await step(
      server,
      "manager-riec",
      "POST",
      "/v1/informatieproducten/lob-rheden/opleveringen",
      current,
      {
        datum: today(),
        titel: geheim,
        samenvatting: "Definitief.",
      },
    )
    expect(delivered.status).toBe(201)
    expect(delivered.body).toMatchObject({ status: "opgeleverd", opleverdatum: today() })
    expect(JSON.stringify(delivered.body)).not.toContain(geheim)
    const linked = await step(
      server,
      "lid-eg-oc-rheden",
      "POST",
      "/v1/informatieproducten/lob-rheden/koppelingen",
      delivered,
      { bestPractice: "bp-hennepconvenant" },
    )
    expect(linked.body.motiveert).toEqual(["bp-hennepconvenant"])
    expect(
      (await call(server, "lid-eg-oc-rheden", "GET", "/v1/informatieproducten?producent=riec-oost-nederland")).body
        .resultaten[0].motiveert,
    ).toEqual(["bp-hennepconvenant"])
  })

  it("the RIEC approves a shareable summary of its delivered product; the secretary may not; bad input is a 400 naming every field", async () => {
    const deelbaar = "Vastgoed en drugs spelen in Rheden; aanknopingspunten voor de bestuurlijke aanpak."
    const current = await call(server, "manager-riec", "GET", "/v1/informatieproducten/lob-rheden")
    const bad = await call(
      server,
      "manager-riec",
      "POST",
      "/v1/informatieproducten/lob-rheden/deelbare-samenvattingen",
      {
        body: { tekst: "", datum: "2016-13-45" },
        headers: { "if-match": current.headers.get("etag") ?? "" },
      },
    )
    expect(bad.status).toBe(400)
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(["body.datum", "body.tekst"])
    const secretary = await call(
      server,
      "secretaris-stuurgroep",
      "POST",
      "/v1/informatieproducten/lob-rheden/deelbare-samenvattingen",
      { body: { tekst: deelbaar, datum: today() }, headers: { "if-match": current.headers.get("etag") ?? "" } },
    )
    expect(secretary.status).toBe(409)
    expect(secretary.body.code).toBe("information.summary-approver-not-producer")
    expect(JSON.stringify(secretary.body)).toContain("access.vertrouwelijk-content-entitled-only")
    const approved = await step(
      server,
      "manager-riec",
      "POST",
      "/v1/informatieproducten/lob-rheden/deelbare-samenvattingen",
      current,
      { tekst: deelbaar, datum: today() },
    )
    expect(approved.status).toBe(201)
    expect(approved.body.deelbareSamenvattingGoedgekeurdOp).toBe(today())
    expect(JSON.stringify(approved.body)).not.toContain(deelbaar)
    const read = await call(server, "manager-riec", "GET", "/v1/informatieproducten/lob-rheden")
    expect(read.body.deelbareSamenvatting).toEqual({
      tekst: deelbaar,
      goedgekeurdOp: today(),
      goedgekeurdDoor: "manager-riec",
    })
    const listed = await call(server, "burgemeester-ede", "GET", "/v1/informatieproducten?classificatie=vertrouwelijk")
    const row = listed.body.resultaten.find((r: { id: string }) => r.id === "lob-rheden")
    expect(row.deelbareSamenvattingGoedgekeurdOp).toBe(today())
    // Beside a confidential product the listing names who is entitled to it, and for what purpose:
    // the RIEC for every lokaal ondermijningsbeeld; Rheden's persons only for the preset's own picture.
    expect(row.autorisaties).toEqual([
      expect.objectContaining({ houder: "riec-oost-nederland", soortHouder: "organisatie", doel: expect.any(String) }),
    ])
    expect(
      listed.body.resultaten.find((r: { id: string }) => r.id === "samenvatting-rheden")?.autorisaties ?? [],
    ).toEqual([])
  })

  it("a delivered product's content is final: a revision is refused; a bad one is a 400", async () => {
    const current = await call(server, "manager-riec", "GET", "/v1/informatieproducten/lob-rheden")
    const bad = await call(server, "manager-riec", "POST", "/v1/informatieproducten/lob-rheden/herzieningen", {
      body: { titel: "" },
      headers: { "if-match": current.headers.get("etag") ?? "" },
    })
    expect(bad.status).toBe(400)
    expect(bad.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual([
      "body.samenvatting",
      "body.titel",
    ])
    const final = await call(server, "manager-riec", "POST", "/v1/informatieproducten/lob-rheden/herzieningen", {
      body: { titel: "Nieuw", samenvatting: "Nieuw." },
      headers: { "if-match": current.headers.get("etag") ?? "" },
    })
    expect(final.status).toBe(409)
    expect(final.body.code).toBe("information.already-delivered")
  })

  it("a district product names its pilot sites: an empty list is a 400, a site that is no gemeente a refusal naming it", async () => {
    const district = (id: string, pilotlocaties: ReadonlyArray<string>) => ({
      body: {
        id,
        soort: "netwerkanalyse",
        producent: "riec-oost-nederland",
        reikwijdte: { soort: "district", pilotlocaties },
        themas: ["criminele-netwerken"],
        classificatie: "intern",
        startdatum: today(),
        titel: "Netwerkanalyse",
        samenvatting: ".",
      },
    })
    const empty = await call(server, "manager-riec", "POST", "/v1/informatieproducten", district("na-leeg", []))
    expect(empty.status).toBe(400)
    expect(empty.body.invalidParams.map((p: { name: string }) => p.name)).toEqual(["body.reikwijdte.pilotlocaties[0]"])
    const unknown = await call(
      server,
      "manager-riec",
      "POST",
      "/v1/informatieproducten",
      district("na-atlantis", ["rheden", "atlantis"]),
    )
    expect(unknown.status).toBe(409)
    expect(unknown.body.code).toBe("information.unknown-municipality")
    expect(JSON.stringify(unknown.body)).toContain("atlantis")
    const piloted = await call(
      server,
      "manager-riec",
      "POST",
      "/v1/informatieproducten",
      district("na-pilots", ["rheden", "kampen", "enschede"]),
    )
    expect(piloted.status).toBe(201)
    expect(piloted.body.reikwijdte).toBe("district")
  })

  it("400 with every invalid field, 404 for an unknown product, 409 for a producer's stranger, 428", async () => {
    const invalid = await call(server, "manager-riec", "POST", "/v1/informatieproducten", {
      body: {
        id: "X",
        soort: "roddel",
        producent: "riec-oost-nederland",
        reikwijdte: { soort: "wereld" },
        themas: [],
        classificatie: "geheim",
        startdatum: today(),
        titel: "t",
        samenvatting: "",
      },
    })
    expect(invalid.status).toBe(400)
    expect(invalid.body.invalidParams.map((p: { name: string }) => p.name).sort()).toEqual(
      ["body.classificatie", "body.id", "body.reikwijdte.soort", "body.soort", "body.themas[0]"].sort(),
    )
    expect((await call(server, "manager-riec", "GET", "/v1/informatieproducten/bestaat-niet")).status).toBe(404)
    const stranger = await call(server, "burgemeester-ede", "POST", "/v1/informatieproducten", {
      body: {
        id: "ob-ede",
        soort: "lokaal-ondermijningsbeeld",
        producent: "riec-oost-nederland",
        reikwijdte: { soort: "gemeente", gemeente: "ede" },
        themas: ["drugs"],
        classificatie: "vertrouwelijk",
        startdatum: today(),
        titel: "Ede",
        samenvatting: ".",
      },
    })
    expect(stranger.status).toBe(409)
    expect(stranger.body.code).toBe("information.not-producer")
    const missing = await call(server, "lid-eg-oc-rheden", "POST", "/v1/informatieproducten/lob-rheden/koppelingen", {
      body: { bestPractice: "bp-ander" },
    })
    expect(missing.status).toBe(428)
  })
})
