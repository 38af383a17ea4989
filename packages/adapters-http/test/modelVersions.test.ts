import { Governance, Kernel } from "@weerbaar/core"
import { Schema } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { call, meeting, today } from "./support/http.js"
import { type RunningServer, startServer } from "./support/server.js"

let server: RunningServer
beforeAll(async () => {
  server = await startServer()
})
afterAll(() => server?.close())

const preset = Governance.samenWeerbaar()
const encoded = (model: Governance.GovernanceModel) => Schema.encodeSync(Governance.GovernanceModel)(model)
// Six times the budget: a change of structure.
const richer: Governance.GovernanceModel = {
  ...preset,
  programme: new Governance.ProgrammeDefinition({
    ...preset.programme,
    availableBudget: Kernel.cents(preset.programme.availableBudget * 6),
  }),
}
const dvo = Governance.votingMembersOn(preset, Governance.BodyId.make("dvo"), Kernel.calendarDate(today()))
const versions = async () => (await call(server, "secretaris-dvo", "GET", "/v1/bestuursmodel/versies")).body

describe("/v1/bestuursmodel/versies: the rule book changes only by the DVO's decision", () => {
  it("lists the founding concept and the version the DVO's decision on the programme plan put in force", async () => {
    const listed = await versions()
    expect(listed.map((v: { status: string; grondslag: { soort: string } }) => [v.status, v.grondslag.soort])).toEqual([
      ["concept", "oprichting"],
      ["vastgesteld", "besluit"],
    ])
    expect(listed[1].vingerafdruk).toBe(Governance.modelFingerprint(preset))
  })

  it("409 model.requires-decision for a change of structure without a decision, and nothing is stored", async () => {
    const before = await versions()
    const reply = await call(server, "secretaris-stuurgroep", "POST", "/v1/bestuursmodel/versies", {
      body: { bestuursmodel: encoded(richer) },
    })
    expect(reply.status).toBe(409)
    expect(reply.headers.get("content-type")).toMatch(/^application\/problem\+json/)
    expect(JSON.stringify(reply.body)).toContain("model.requires-decision")
    expect(await versions()).toEqual(before)
  })

  it("400 for a model that is not valid and a decision that is no id, naming each field, and nothing is stored", async () => {
    const before = await versions()
    const reply = await call(server, "secretaris-stuurgroep", "POST", "/v1/bestuursmodel/versies", {
      body: { bestuursmodel: { ...encoded(preset), bodies: "geen" }, besluit: { stuk: "Stuk 1!", besluit: "b" } },
    })
    expect(reply.status).toBe(400)
    const names = reply.body.invalidParams.map((p: { name: string }) => p.name)
    expect(names).toEqual(expect.arrayContaining(["body.bestuursmodel.bodies", "body.besluit.stuk"]))
    expect(await versions()).toEqual(before)
  })

  it("with the DVO's decision on an adjustment proposing the model, the version applies from the decision's date", async () => {
    const drafted = await call(server, "secretaris-stuurgroep", "POST", "/v1/bijstellingen", {
      body: {
        opstellendOrgaan: "stuurgroep",
        titel: "Meer budget",
        omschrijving: "Het budget wordt verhoogd.",
        voorgesteldBestuursmodel: Governance.modelFingerprint(richer),
      },
    })
    expect([drafted.status, drafted.body.voorgesteldBestuursmodel]).toEqual([201, Governance.modelFingerprint(richer)])
    const id = drafted.body.id
    const submitted = await call(server, "secretaris-stuurgroep", "POST", `/v1/bijstellingen/${id}/indieningen`, {
      headers: { "if-match": drafted.headers.get("etag")! },
    })
    expect(submitted.status).toBe(201)
    const decided = await call(server, "secretaris-dvo", "POST", `/v1/bijstellingen/${id}/besluiten`, {
      headers: { "if-match": submitted.headers.get("etag")! },
      body: { id: "dvo-bijstelling-budget", orgaan: "dvo", uitkomst: "approve", ...meeting(today(), dvo) },
    })
    expect([decided.status, decided.body.status]).toEqual([201, "approved"])
    const other = await call(server, "secretaris-dvo", "POST", "/v1/bestuursmodel/versies", {
      body: { bestuursmodel: encoded(preset), besluit: { stuk: id, besluit: "dvo-bijstelling-budget" } },
    })
    expect(other.status).toBe(409)
    expect(JSON.stringify(other.body)).toContain("model.not-what-was-decided")
    const adopted = await call(server, "secretaris-dvo", "POST", "/v1/bestuursmodel/versies", {
      body: { bestuursmodel: encoded(richer), besluit: { stuk: id, besluit: "dvo-bijstelling-budget" } },
    })
    expect(adopted.status).toBe(201)
    expect(adopted.body).toMatchObject({
      status: "vastgesteld",
      geldigVanaf: today(),
      grondslag: { soort: "besluit", stuk: id, besluit: "dvo-bijstelling-budget", orgaan: "dvo" },
    })
    const budget = await call(server, "secretaris-dvo", "GET", "/v1/begroting")
    expect(budget.body.beschikbaar).toBe(preset.programme.availableBudget * 6)
  })
})
