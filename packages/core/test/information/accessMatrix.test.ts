import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect } from "effect"
import { Governance, Information, Kernel, Store } from "@weerbaar/core"
import {
  informationLayer,
  readers,
  secretSummary,
  secretTitle,
  withProductOfEachClassification,
} from "../support/informationFixtures.js"

type Reader = keyof typeof readers

const refusalCodes: Record<Information.Classification, string> = {
  openbaar: "",
  intern: "access.intern-members-only",
  vertrouwelijk: "access.vertrouwelijk-entitled-only",
}

/** Who may read what, as the rule book says: nothing for openbaar, a seat for intern, an entitlement for vertrouwelijk. */
const expected: Record<Reader, Record<Information.Classification, boolean>> = {
  dvoMember: { openbaar: true, intern: true, vertrouwelijk: false },
  expertGroupMember: { openbaar: true, intern: true, vertrouwelijk: false },
  partnerWithoutEntitlement: { openbaar: true, intern: false, vertrouwelijk: false },
  entitledRiecPartner: { openbaar: true, intern: true, vertrouwelijk: true },
  outsider: { openbaar: true, intern: false, vertrouwelijk: false },
}

/** Every way a refusal can be shown to a person or a log. */
const everyRendering = (refused: Kernel.Refused): string =>
  [
    refused.message,
    refused.explain("nl"),
    refused.explain("en"),
    JSON.stringify(refused),
    String(refused),
    Cause.pretty(Cause.fail(refused)),
  ].join("\n")

describe("the access matrix: every kind of person × every classification", () => {
  for (const [reader, person] of Object.entries(readers) as ReadonlyArray<[Reader, Governance.PersonId]>) {
    for (const classification of ["openbaar", "intern", "vertrouwelijk"] as const) {
      const allowed = expected[reader][classification]
      it.effect(`${reader} (${person}) ${allowed ? "reads" : "may not read"} a product that is ${classification}`, () =>
        Effect.gen(function* () {
          yield* withProductOfEachClassification
          const information = yield* Information.Information
          const result = yield* Effect.either(
            information.read(person, Information.ProductId.make(`product-${classification}`)),
          )
          const log = yield* (yield* Store.ReadModelStore).query(Information.confidentialReadLog)
          if (allowed) {
            assert.isTrue(result._tag === "Right" && result.right.content.title === secretTitle(classification))
            assert.deepStrictEqual(
              log.rows.map((r) => [r.row.productId, r.row.readBy]),
              classification === "vertrouwelijk" ? [[`product-${classification}`, person]] : [],
            )
            return
          }
          if (result._tag === "Right") return assert.fail("expected a refusal")
          const refused = result.left
          assert.instanceOf(refused, Kernel.Refused)
          if (!(refused instanceof Kernel.Refused)) return
          assert.deepStrictEqual(refused.codes, [refusalCodes[classification]])
          assert.strictEqual(refused.violations[0]?.facts.product, `product-${classification}`)
          const shown = everyRendering(refused)
          for (const secret of [
            secretTitle(classification),
            secretSummary(classification),
            "Zwanenburg",
            "Hoofdstraat",
          ]) {
            assert.notInclude(shown, secret)
          }
          assert.deepStrictEqual(log.rows, [] as ReadonlyArray<{ key: string; row: Information.ConfidentialReadRow }>)
        }).pipe(Effect.provide(informationLayer())),
      )
    }
  }

  it.effect(
    "an entitlement and a seat are separate rules: RIEC staff outside the programme's bodies read confidential products, not internal ones",
    () =>
      Effect.gen(function* () {
        yield* withProductOfEachClassification
        const information = yield* Information.Information
        const confidential = yield* information.read(
          Governance.PersonId.make("manager-riec"),
          Information.ProductId.make("product-vertrouwelijk"),
        )
        assert.strictEqual(confidential.content.summary, secretSummary("vertrouwelijk"))
        const refused = yield* Effect.flip(
          information.read(Governance.PersonId.make("manager-riec"), Information.ProductId.make("product-intern")),
        )
        assert.isTrue(refused instanceof Kernel.Refused && refused.codes[0] === "access.intern-members-only")
        const row = yield* (yield* Store.ReadModelStore).query(Information.confidentialReadLog)
        assert.deepStrictEqual(
          row.rows.map((r) => r.row.readBy),
          ["manager-riec"],
        )
      }).pipe(Effect.provide(informationLayer())),
  )
})
