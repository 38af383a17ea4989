import { assert, describe, it } from "@effect/vitest"
import { Governance, Information, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, history, modelWith, registration } from "../support/informationFixtures.js"

const person = Governance.PersonId.make
const tactisch = "tactisch-ob-oost-nederland" as Information.ProductId
const tactischRegistration = new Information.RegisterProduct({
  ...registration("vertrouwelijk", tactisch),
  kind: "tactisch-ondermijningsbeeld",
  scope: { kind: "regio", name: "Oost-Nederland" },
})
const registered = () => history([person("manager-riec"), tactischRegistration])
const deliver = new Information.DeliverProduct({
  productId: tactisch,
  deliveredOn: Kernel.calendarDate("2016-05-20"),
  content: { title: "Tactisch beeld", summary: "Bevindingen." },
})
const revise = new Information.ReviseProductContent({
  productId: tactisch,
  content: { title: "Tactisch beeld, concept 2", summary: "Meer bevindingen." },
})

describe("access.vertrouwelijk-content-entitled-only: only the entitled handle confidential content", () => {
  it("given a confidential RIEC picture, when the Stuurgroep's secretary (who may act for the Stuurgroep) delivers it, then it is refused: she may not read it", () => {
    const refused = given(Information.informationDecider, registered())
      .when(deliver, ctx(person("secretaris-stuurgroep")))
      .refused("access.vertrouwelijk-content-entitled-only")
    assert.include(refused.explain("nl"), tactisch)
    assert.include(refused.explain("en"), "tactisch-ondermijningsbeeld over Oost-Nederland")
  })

  it("given a covenant that entitles the secretary to the picture, when she delivers it for the Stuurgroep, then it is delivered", () => {
    const model = modelWith({
      grant: "vertrouwelijk",
      person: "secretaris-stuurgroep",
      products: [tactisch],
      purpose: "oplevering namens de Stuurgroep",
      basis: "RIEC-convenant Oost-Nederland",
      from: "2016-01-01",
    })
    given(Information.informationDecider, registered())
      .when(deliver, { ...ctx(person("secretaris-stuurgroep")), model })
      .thenEvents((events) =>
        assert.deepStrictEqual(
          events.map((e) => e._tag),
          ["ProductDelivered"],
        ),
      )
  })

  it("given nothing, when the secretary registers a confidential product for the Stuurgroep, then it is refused; an intern one she registers", () => {
    given(Information.informationDecider)
      .when(tactischRegistration, ctx(person("secretaris-stuurgroep")))
      .refused("access.vertrouwelijk-content-entitled-only")
    given(Information.informationDecider)
      .when(registration("intern"), ctx(person("secretaris-stuurgroep")))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })

  it("given a confidential picture being made, when the burgemeester of Rheden (entitled to Rheden's picture only) changes its content, then it is refused", () => {
    given(Information.informationDecider, registered())
      .when(revise, ctx(person("burgemeester-rheden")))
      .refused("information.not-producer", "access.vertrouwelijk-content-entitled-only")
  })

  it("given a confidential picture being made, when a person of the RIEC changes its content, then the new content is the product's", () => {
    given(Information.informationDecider, registered())
      .when(revise, ctx(person("manager-riec")))
      .thenEvents((events, state) => {
        assert.deepStrictEqual(
          events.map((e) => e._tag),
          ["ProductContentRevised"],
        )
        assert.isTrue(state.exists && state.content.title === "Tactisch beeld, concept 2")
      })
  })

  it("information.already-delivered: a delivered product's content is final", () => {
    given(
      Information.informationDecider,
      history([person("manager-riec"), tactischRegistration], [person("manager-riec"), deliver]),
    )
      .when(revise, ctx(person("manager-riec")))
      .refused("information.already-delivered")
  })
})
