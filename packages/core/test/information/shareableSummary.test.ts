import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Governance, Information, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { decidedRuleBook } from "@weerbaar/core/testing"
import {
  at,
  ctx,
  history,
  informationLayer,
  model,
  now,
  registration,
  secretSummary,
  secretTitle,
  withProductOfEachClassification,
} from "../support/informationFixtures.js"

const person = Governance.PersonId.make
const productId = "product-vertrouwelijk" as Information.ProductId
const deliver = (id: Information.ProductId = productId) =>
  new Information.DeliverProduct({
    productId: id,
    deliveredOn: Kernel.calendarDate("2016-05-20"),
    content: { title: secretTitle("vertrouwelijk"), summary: secretSummary("vertrouwelijk") },
  })
const approve = (
  text = "In Rheden spelen vastgoed en OMG's een rol; aanknopingspunten voor bestuurlijke aanpak.",
  approvedOn = "2016-05-25",
) => new Information.ApproveShareableSummary({ productId, text, approvedOn: Kernel.calendarDate(approvedOn) })
const delivered = () =>
  history([person("manager-riec"), registration("vertrouwelijk")], [person("manager-riec"), deliver()])

describe("the shareable summary (deelbare samenvatting) of a confidential product", () => {
  it("given a delivered confidential product, when a person of its producer approves a summary, then the product carries it", () => {
    given(Information.informationDecider, delivered())
      .when(approve(), ctx(person("manager-riec")))
      .thenEmits([
        new Information.ShareableSummaryApproved({
          productId,
          text: approve().text,
          approvedOn: Kernel.calendarDate("2016-05-25"),
          approvedBy: person("manager-riec"),
          at: now(),
        }),
      ])
  })

  it("given an approved summary, when the producer approves a new one, then it replaces the old one and names its date", () => {
    const first = given(Information.informationDecider, delivered()).when(approve(), ctx(person("manager-riec"))).result
    assert.isTrue(first._tag === "Right")
    const events = [...delivered(), ...(first._tag === "Right" ? first.right.events : [])]
    given(Information.informationDecider, events)
      .when(approve("Nieuwe tekst.", "2016-05-30"), ctx(person("manager-riec")))
      .thenEvents((emitted, state) => {
        assert.deepStrictEqual(
          emitted.map((e): string | null => (e._tag === "ShareableSummaryApproved" ? (e.replaces ?? null) : null)),
          ["2016-05-25"],
        )
        assert.isTrue(state.exists && state.shareableSummary?.text === "Nieuwe tekst.")
      })
  })

  it("information.product-not-found: no summary of a product that is not registered", () => {
    given(Information.informationDecider)
      .when(approve(), ctx(person("manager-riec")))
      .refused("information.product-not-found")
  })

  it("information.summary-before-delivery: no summary is offered before the product is delivered, nor dated before its delivery", () => {
    given(Information.informationDecider, history([person("manager-riec"), registration("vertrouwelijk")]))
      .when(approve(), ctx(person("manager-riec")))
      .refused("information.summary-before-delivery")
    given(Information.informationDecider, delivered())
      .when(approve("Tekst.", "2016-05-10"), ctx(person("manager-riec")))
      .refused("information.summary-before-delivery")
  })

  it("information.summary-approver-not-producer and access.vertrouwelijk-content-entitled-only: the Stuurgroep's secretary approves no summary of the RIEC's product", () => {
    given(Information.informationDecider, delivered())
      .when(approve(), ctx(person("secretaris-stuurgroep")))
      .refused("information.summary-approver-not-producer", "access.vertrouwelijk-content-entitled-only")
  })

  it("information.summary-approver-not-producer: an entitled reader who is not of the producer does not approve it", () => {
    const lokaal = "lokaal-ob-rheden" as Information.ProductId
    given(
      Information.informationDecider,
      history(
        [person("manager-riec"), registration("vertrouwelijk", lokaal)],
        [person("manager-riec"), deliver(lokaal)],
      ),
    )
      .when(
        new Information.ApproveShareableSummary({
          productId: lokaal,
          text: "Tekst.",
          approvedOn: Kernel.calendarDate("2016-05-25"),
        }),
        ctx(person("burgemeester-rheden")),
      )
      .refused("information.summary-approver-not-producer")
  })

  it("information.summary-of-openbaar and information.date-in-future: a public product needs none, and no summary is dated after today", () => {
    const open = "product-openbaar" as Information.ProductId
    given(
      Information.informationDecider,
      history([person("manager-riec"), registration("openbaar")], [person("manager-riec"), deliver(open)]),
    )
      .when(
        new Information.ApproveShareableSummary({
          productId: open,
          text: "Tekst.",
          approvedOn: Kernel.calendarDate("2016-07-01"),
        }),
        ctx(person("manager-riec")),
      )
      .refused("information.summary-of-openbaar", "information.date-in-future")
  })

  it.effect(
    "the insights bundle offers the approved summary of a delivered confidential product, never its title or content",
    () =>
      Effect.gen(function* () {
        yield* withProductOfEachClassification
        const information = yield* Information.Information
        const manager = person("manager-riec")
        yield* information.execute(manager, deliver())
        const before = yield* information.insightsBundle
        assert.isUndefined(before.products.find((p) => p.productId === productId)?.shareableSummary)
        yield* information.execute(manager, approve())
        const bundle = yield* information.insightsBundle
        const entry = bundle.products.find((p) => p.productId === productId)
        assert.deepStrictEqual(entry?.shareableSummary, {
          text: approve().text,
          approvedOn: "2016-05-25",
          approvedBy: "manager-riec",
        })
        const shown = JSON.stringify(bundle)
        for (const secret of [secretTitle("vertrouwelijk"), secretSummary("vertrouwelijk"), secretTitle("intern")])
          assert.notInclude(shown, secret)
      }).pipe(Effect.provide(informationLayer())),
  )
})

describe("the preset's shareable summary of Rheden's lokaal ondermijningsbeeld", () => {
  it.effect(
    "once the RIEC delivered the picture, the preset's summary is approved and is what the bundle offers VNON",
    () =>
      Effect.gen(function* () {
        const information = yield* Information.Information
        yield* decidedRuleBook(model)
        for (const { actor, command } of Information.samenWeerbaarInformation())
          yield* information.execute(actor, command)
        const lokaal = "lokaal-ob-rheden" as Information.ProductId
        yield* information.execute(
          person("manager-riec"),
          new Information.DeliverProduct({
            productId: lokaal,
            deliveredOn: Kernel.calendarDate("2016-05-30"),
            content: { title: secretTitle("vertrouwelijk"), summary: secretSummary("vertrouwelijk") },
          }),
        )
        yield* at("2016-07-01")
        for (const { actor, command } of Information.samenWeerbaarShareableSummaries())
          yield* information.execute(actor, command)
        const bundle = yield* information.insightsBundle
        const entry = bundle.products.find((p) => p.productId === lokaal)
        assert.strictEqual(entry?.shareableSummary?.approvedBy, "manager-riec")
        assert.match(entry?.shareableSummary?.text ?? "", /^OMG's en drugs werken in Rheden/)
        assert.notInclude(JSON.stringify(bundle), secretSummary("vertrouwelijk"))
        // The other preset products are not delivered: they travel as references without a summary.
        assert.deepStrictEqual(
          bundle.products.filter((p) => p.shareableSummary !== undefined).map((p) => p.productId),
          [lokaal],
        )
      }).pipe(Effect.provide(informationLayer())),
  )
})
