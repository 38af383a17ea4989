import { assert, describe, it } from "@effect/vitest"
import { Governance, Information } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { ctx, registration } from "../../support/informationFixtures.js"

const riec = Governance.PersonId.make("manager-riec")
const about = (scope: Information.InformationScope, productId: string) =>
  new Information.RegisterProduct({ ...registration("vertrouwelijk", productId), scope })
const sites = (...ids: ReadonlyArray<string>) =>
  ids.map((m) => m as Governance.OrganisationId) as unknown as readonly [
    Governance.OrganisationId,
    ...Array<Governance.OrganisationId>,
  ]
const gemeente = (municipality: string) => ({
  kind: "gemeente" as const,
  municipality: municipality as Governance.OrganisationId,
})

describe("information.scope-outside-area", () => {
  it("given Deventer, outside Gelderland-Midden and no reference municipality, when the RIEC registers its local picture in the district's store, then it is refused", () => {
    const refusal = given(Information.informationDecider)
      .when(about(gemeente("deventer"), "lokaal-ob-deventer"), ctx(riec))
      .refused("information.scope-outside-area")
    assert.deepStrictEqual(factsOfRule(refusal, "information.scope-outside-area"), {
      product: "lokaal-ob-deventer",
      municipality: "deventer",
      date: "2016-02-01",
    })
  })

  it("given a district analysis with pilot sites, when one is outside the area and no reference, then it is refused; Kampen and Enschede are not", () => {
    given(Information.informationDecider)
      .when(
        about({ kind: "district", pilotSites: sites("rheden", "kampen", "deventer") }, "netwerkanalyse-x"),
        ctx(riec),
      )
      .refused("information.scope-outside-area")
    given(Information.informationDecider)
      .when(
        about({ kind: "district", pilotSites: sites("rheden", "kampen", "enschede") }, "netwerkanalyse-y"),
        ctx(riec),
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("given Ede, in the area, and Kampen, a reference municipality, then their local pictures are registered", () => {
    for (const municipality of ["ede", "kampen"]) {
      given(Information.informationDecider)
        .when(about(gemeente(municipality), `lokaal-ob-${municipality}`), ctx(riec))
        .thenEvents((events) => assert.strictEqual(events.length, 1))
    }
  })
})
