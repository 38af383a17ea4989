import { assert, describe, it } from "@effect/vitest"
import { Governance, Information, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { ctx, history, now, registration } from "../support/informationFixtures.js"

const productId = "product-vertrouwelijk" as Information.ProductId
const registered = () => history([Governance.PersonId.make("manager-riec"), registration("vertrouwelijk")])
const deliver = (deliveredOn = "2016-05-20") =>
  new Information.DeliverProduct({
    productId,
    deliveredOn: Kernel.calendarDate(deliveredOn),
    content: { title: "Definitief beeld", summary: "Bevindingen." },
  })

describe("registering and delivering an information product", () => {
  it("a person of the producer registers a product: it is started", () => {
    given(Information.informationDecider)
      .when(registration("vertrouwelijk"), ctx(Governance.PersonId.make("manager-riec")))
      .thenEvents((events, state) => {
        assert.deepStrictEqual(
          events.map((e) => e._tag),
          ["ProductRegistered"],
        )
        assert.isTrue(state.exists && state.status === "gestart" && state.classification === "vertrouwelijk")
      })
  })

  it("the programme office registers on behalf of the Stuurgroep", () => {
    given(Information.informationDecider)
      .when(registration("intern"), ctx(Governance.PersonId.make("secretaris-stuurgroep")))
      .thenEvents(() => {})
  })

  it("information.not-producer: an expert group member of another organisation does not register the RIEC's product", () => {
    given(Information.informationDecider)
      .when(registration("intern"), ctx(Governance.PersonId.make("lid-eg-wm-wageningen")))
      .refused("information.not-producer")
  })

  it("information.unknown-producer, information.unknown-municipality and information.date-in-future: all are reported at once", () => {
    const bad = new Information.RegisterProduct({
      ...registration("openbaar"),
      producer: "riec-noord" as Governance.OrganisationId,
      scope: { kind: "gemeente", municipality: "om-oost-nederland" as Governance.OrganisationId },
      startedOn: Kernel.calendarDate("2016-07-01"),
    })
    given(Information.informationDecider)
      .when(bad, ctx(Governance.PersonId.make("secretaris-stuurgroep")))
      .refused("information.unknown-producer", "information.unknown-municipality", "information.date-in-future")
  })

  it("information.product-exists: a product id is registered once", () => {
    given(Information.informationDecider, registered())
      .when(registration("vertrouwelijk"), ctx(Governance.PersonId.make("manager-riec")))
      .refused("information.product-exists")
  })

  it("information.product-not-found: nothing is done to a product that is not registered", () => {
    given(Information.informationDecider)
      .when(deliver(), ctx(Governance.PersonId.make("manager-riec")))
      .refused("information.product-not-found")
  })

  it("the producer delivers the product with its final content", () => {
    given(Information.informationDecider, registered())
      .when(deliver(), ctx(Governance.PersonId.make("manager-riec")))
      .thenEvents((_events, state) => {
        assert.isTrue(state.exists && state.status === "opgeleverd" && state.deliveredOn === "2016-05-20")
        assert.isTrue(state.exists && state.content.title === "Definitief beeld")
      })
  })

  it("information.already-delivered: a product is delivered once", () => {
    given(
      Information.informationDecider,
      history(
        [Governance.PersonId.make("manager-riec"), registration("vertrouwelijk")],
        [Governance.PersonId.make("manager-riec"), deliver()],
      ),
    )
      .when(deliver(), ctx(Governance.PersonId.make("manager-riec")))
      .refused("information.already-delivered")
  })

  it("information.delivered-before-start, information.not-producer and access.vertrouwelijk-content-entitled-only: a wrong date by a wrong person", () => {
    given(Information.informationDecider, registered())
      .when(deliver("2016-01-15"), ctx(Governance.PersonId.make("lid-eg-wm-politie")))
      .refused(
        "information.delivered-before-start",
        "information.not-producer",
        "access.vertrouwelijk-content-entitled-only",
      )
  })
})

describe("linking products to the Best Practices they motivated", () => {
  const link = new Information.LinkPractice({ productId, practiceId: "bp-vastgoedscan" })

  it("an expert group member links a product to a Best Practice candidate", () => {
    given(Information.informationDecider, registered())
      .when(link, ctx(Governance.PersonId.make("lid-eg-oc-rheden")))
      .thenEmits([
        new Information.PracticeLinked({
          productId,
          practiceId: "bp-vastgoedscan",
          linkedBy: Governance.PersonId.make("lid-eg-oc-rheden"),
          at: now(),
        }),
      ])
  })

  it("information.may-not-link: a DVO member who sits in no expert group does not link", () => {
    given(Information.informationDecider, registered())
      .when(link, ctx(Governance.PersonId.make("burgemeester-duiven")))
      .refused("information.may-not-link")
  })

  it("information.already-linked and information.not-linked: links are recorded and withdrawn once", () => {
    const linked = [
      ...registered(),
      new Information.PracticeLinked({
        productId,
        practiceId: "bp-vastgoedscan",
        linkedBy: Governance.PersonId.make("lid-eg-oc-rheden"),
        at: now(),
      }),
    ]
    given(Information.informationDecider, linked)
      .when(link, ctx(Governance.PersonId.make("lid-eg-oc-rheden")))
      .refused("information.already-linked")
    given(Information.informationDecider, linked)
      .when(
        new Information.UnlinkPractice({ productId, practiceId: "bp-vastgoedscan", reason: "Verkeerde koppeling." }),
        ctx(Governance.PersonId.make("lid-eg-oc-om")),
      )
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.motivates.length === 0))
    given(Information.informationDecider, registered())
      .when(
        new Information.UnlinkPractice({ productId, practiceId: "bp-vastgoedscan", reason: "Dubbel." }),
        ctx(Governance.PersonId.make("lid-eg-oc-om")),
      )
      .refused("information.not-linked")
  })
})

describe("reading a product", () => {
  it("a read of a confidential product by an entitled person is recorded: who, when, which", () => {
    given(Information.informationDecider, registered())
      .when(new Information.ReadProduct({ productId }), ctx(Governance.PersonId.make("manager-riec")))
      .thenEvents((events) => {
        assert.deepStrictEqual(
          events.map((e) => (e._tag === "ConfidentialProductRead" ? [e.productId, e.readBy, e.at] : [])),
          [[productId, "manager-riec", now()]],
        )
      })
  })

  it("a read of an internal product stores nothing", () => {
    given(
      Information.informationDecider,
      history([Governance.PersonId.make("manager-riec"), registration("intern", productId)]),
    )
      .when(new Information.ReadProduct({ productId }), ctx(Governance.PersonId.make("burgemeester-duiven")))
      .thenEmits([])
  })

  it("access.vertrouwelijk-entitled-only: an entitlement that has not started yet does not count", () => {
    const lokaal = "lokaal-ob-rheden" as Information.ProductId
    const rheden = history([Governance.PersonId.make("manager-riec"), registration("vertrouwelijk", lokaal)])
    given(Information.informationDecider, rheden)
      .when(
        new Information.ReadProduct({ productId: lokaal }),
        ctx(Governance.PersonId.make("lid-eg-oc-rheden"), "2016-01-10"),
      )
      .refused("access.vertrouwelijk-entitled-only")
    given(Information.informationDecider, rheden)
      .when(new Information.ReadProduct({ productId: lokaal }), ctx(Governance.PersonId.make("lid-eg-oc-rheden")))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})
