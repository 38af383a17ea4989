import { assert, describe, it } from "@effect/vitest"
import { Effect, Schema } from "effect"
import { Governance, Information, Kernel, Store } from "@weerbaar/core"
import {
  at,
  informationLayer,
  registration,
  secretTitle,
  withProductOfEachClassification,
} from "../support/informationFixtures.js"

describe("the plan's information tracks and the insights bundle for VNON", () => {
  it.effect(
    "the preset registers the three information tracks: DRIO's network analysis, RIEC's pictures of Oost-NL and of Rheden",
    () =>
      Effect.gen(function* () {
        yield* withProductOfEachClassification
        const information = yield* Information.Information
        for (const { actor, command } of Information.samenWeerbaarInformation())
          yield* information.execute(actor, command)
        const catalogue = yield* (yield* Store.ReadModelStore).query(Information.informationCatalogue, {
          where: { status: "gestart" },
        })
        const rows = catalogue.rows.map((r) => r.row).filter((r) => !r.productId.startsWith("product-"))
        assert.deepStrictEqual(
          rows.map((r) => [r.productId, r.kind, r.producer, r.scope, r.classification]),
          [
            ["lokaal-ob-rheden", "lokaal-ondermijningsbeeld", "riec-oost-nederland", "rheden", "vertrouwelijk"],
            ["netwerkanalyse-rheden", "netwerkanalyse", "drio-oost-nederland", "district", "vertrouwelijk"],
            [
              "strategisch-ob-oost-nederland",
              "strategisch-ondermijningsbeeld",
              "riec-oost-nederland",
              "Oost-Nederland",
              "vertrouwelijk",
            ],
            [
              "tactisch-ob-oost-nederland",
              "tactisch-ondermijningsbeeld",
              "riec-oost-nederland",
              "Oost-Nederland",
              "vertrouwelijk",
            ],
          ],
        )
        assert.deepStrictEqual(rows[0]?.themes, [
          "omg",
          "drugs",
          "vrijplaatsen",
          "milieu",
          "mensenhandel",
          "vastgoedfraude",
        ])
        assert.deepStrictEqual(rows[2]?.themes, ["hennep", "omg"])
        assert.notProperty(rows[0], "title")
      }).pipe(Effect.provide(informationLayer())),
  )

  it.effect(
    "bundles every product with the Best Practices it motivated; an intern or confidential one as a reference without title or summary",
    () =>
      Effect.gen(function* () {
        yield* withProductOfEachClassification
        const information = yield* Information.Information
        yield* information.execute(
          Governance.PersonId.make("lid-eg-oc-rheden"),
          new Information.LinkPractice({
            productId: "product-vertrouwelijk" as Information.ProductId,
            practiceId: "bp-vastgoedscan",
          }),
        )
        yield* information.execute(
          Governance.PersonId.make("lid-eg-wo-arnhem"),
          new Information.LinkPractice({
            productId: "product-intern" as Information.ProductId,
            practiceId: "bp-integriteitstoets",
          }),
        )
        yield* at("2016-06-15")
        yield* information.execute(
          Governance.PersonId.make("manager-riec"),
          new Information.DeliverProduct({
            productId: "product-vertrouwelijk" as Information.ProductId,
            deliveredOn: Kernel.calendarDate("2016-06-15"),
            content: { title: "Definitief: loods Hoofdstraat 12", summary: "Vastgoed als dekmantel." },
          }),
        )
        const bundle = yield* information.insightsBundle
        assert.doesNotThrow(() =>
          Schema.decodeUnknownSync(Information.InsightsBundle)(Schema.encodeSync(Information.InsightsBundle)(bundle)),
        )
        assert.strictEqual(bundle.method.name, "lokaal ondermijningsbeeld")
        assert.deepStrictEqual(
          bundle.products.map((p) => [
            p.productId,
            p.classification,
            p.title ?? null,
            p.deliveredOn ?? null,
            p.motivates,
          ]),
          [
            ["product-intern", "intern", null, null, ["bp-integriteitstoets"]],
            ["product-openbaar", "openbaar", secretTitle("openbaar"), null, []],
            ["product-vertrouwelijk", "vertrouwelijk", null, "2016-06-15", ["bp-vastgoedscan"]],
          ],
        )
        const confidential = JSON.stringify(bundle.products.find((p) => p.classification === "vertrouwelijk"))
        for (const secret of ["Hoofdstraat", "dekmantel", secretTitle("vertrouwelijk")])
          assert.notInclude(confidential, secret)
        // The bundle travels to the network, whose people are no members of a programme body.
        assert.notInclude(JSON.stringify(bundle), secretTitle("intern"))
      }).pipe(Effect.provide(informationLayer())),
  )

  it.effect("bad input changes nothing: a refused registration stores no event", () =>
    Effect.gen(function* () {
      yield* withProductOfEachClassification
      const information = yield* Information.Information
      const before = (yield* information.products).length
      yield* Effect.flip(
        information.execute(
          Governance.PersonId.make("lid-eg-wm-wageningen"),
          registration("openbaar", "product-nieuw"),
        ),
      )
      assert.strictEqual((yield* information.products).length, before)
    }).pipe(Effect.provide(informationLayer())),
  )
})
