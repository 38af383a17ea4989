import { assert, describe, it } from "@effect/vitest"
import { Cause, Effect, Either } from "effect"
import { Governance, Information, Kernel, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import {
  history,
  informationLayer,
  model as preset,
  modelWith,
  now,
  registration,
} from "../support/informationFixtures.js"

const person = Governance.PersonId.make
const id = (s: string) => s as Information.ProductId

/** The products of the matrix, in the order of the expectation strings: L T N I O. */
const products = {
  L: { producer: "manager-riec", command: registration("vertrouwelijk", id("lokaal-ob-rheden")) },
  T: {
    producer: "manager-riec",
    command: new Information.RegisterProduct({
      ...registration("vertrouwelijk", id("tactisch-ob-oost-nederland")),
      kind: "tactisch-ondermijningsbeeld",
      scope: { kind: "regio", name: "Oost-Nederland" },
    }),
  },
  N: {
    producer: "analist-drio",
    command: new Information.RegisterProduct({
      ...registration("vertrouwelijk", id("netwerkanalyse-rheden")),
      kind: "netwerkanalyse",
      producer: "drio-oost-nederland" as Governance.OrganisationId,
      scope: { kind: "district", pilotSites: ["rheden", "kampen", "enschede"] as never },
    }),
  },
  I: { producer: "manager-riec", command: registration("intern", id("riec-intern")) },
  O: { producer: "manager-riec", command: registration("openbaar", id("riec-openbaar")) },
} as const
type ProductKey = keyof typeof products
const order: ReadonlyArray<ProductKey> = ["L", "T", "N", "I", "O"]

/** The preset, and a covenant for the burgemeester of Duiven on Rheden's picture that ended on 2016-03-31. */
const model = modelWith({
  grant: "vertrouwelijk",
  person: "burgemeester-duiven",
  products: ["lokaal-ob-rheden"],
  purpose: "waarneming voor de burgemeester van Rheden",
  basis: "RIEC-convenant Oost-Nederland",
  from: "2015-09-03",
  to: "2016-03-31",
})

type Act = "read" | "deliver" | "change" | "approve"

/** Per kind of viewer and act, which of L T N I O is allowed ("1") on 2016-06-01. */
const matrix: Record<string, { person: string } & Record<Act, string>> = {
  "producer's person (RIEC)": {
    person: "manager-riec",
    read: "11001",
    deliver: "11011",
    change: "11011",
    approve: "11010",
  },
  "producer's person (DRIO)": {
    person: "analist-drio",
    read: "00101",
    deliver: "00100",
    change: "00100",
    approve: "00100",
  },
  "entitled person (burgemeester Rheden, Rheden's picture only)": {
    person: "burgemeester-rheden",
    read: "10011",
    deliver: "00000",
    change: "00000",
    approve: "00000",
  },
  "entitled person (officier van justitie, the Oost-NL pictures and the DRIO analysis)": {
    person: "officier-om",
    read: "01111",
    deliver: "00000",
    change: "00000",
    approve: "00000",
  },
  "programme member without entitlement (Stuurgroep's secretary)": {
    person: "secretaris-stuurgroep",
    read: "00011",
    deliver: "00011",
    change: "00011",
    approve: "00000",
  },
  "non-member": {
    person: "beleidsmedewerker-provincie",
    read: "00001",
    deliver: "00000",
    change: "00000",
    approve: "00000",
  },
  "person whose entitlement ended": {
    person: "burgemeester-duiven",
    read: "00011",
    deliver: "00000",
    change: "00000",
    approve: "00000",
  },
  "network member (VNON)": {
    person: "secretaris-eg-ondermijning-vnon",
    read: "00001",
    deliver: "00000",
    change: "00000",
    approve: "00000",
  },
}

const context = (actor: string, date = "2016-06-01") => ({ actor: person(actor), model, now: now(date) })
const registered = (key: ProductKey) => history([person(products[key].producer), products[key].command])
const deliverCommand = (key: ProductKey) =>
  new Information.DeliverProduct({
    productId: products[key].command.productId,
    deliveredOn: Kernel.calendarDate("2016-05-20"),
    content: { title: "Definitief", summary: "Bevindingen." },
  })
const commandOf = (act: Act, key: ProductKey): Information.InformationCommand => {
  const productId = products[key].command.productId
  switch (act) {
    case "read":
      return new Information.ReadProduct({ productId })
    case "deliver":
      return deliverCommand(key)
    case "change":
      return new Information.ReviseProductContent({ productId, content: { title: "Concept 2", summary: "Meer." } })
    case "approve":
      return new Information.ApproveShareableSummary({
        productId,
        text: "Deelbaar inzicht.",
        approvedOn: Kernel.calendarDate("2016-05-25"),
      })
  }
}
const delivered = (key: ProductKey) =>
  history(
    [person(products[key].producer), products[key].command],
    [person(products[key].producer), deliverCommand(key)],
  )
const decide = (act: Act, key: ProductKey, actor: string, date?: string) => {
  const state = Kernel.fold(Information.informationDecider, act === "approve" ? delivered(key) : registered(key))
  return Information.informationDecider.decide(commandOf(act, key), state, context(actor, date))
}

const contentCodes = ["access.vertrouwelijk-entitled-only", "access.vertrouwelijk-content-entitled-only"]

describe("the access matrix: every kind of viewer × product × act", () => {
  for (const [viewer, row] of Object.entries(matrix)) {
    for (const act of ["read", "deliver", "change", "approve"] as const) {
      it(`${viewer} (${row.person}) — ${act}: ${row[act]} over L T N I O`, () => {
        const got = order.map((key) => (Either.isRight(decide(act, key, row.person)) ? "1" : "0")).join("")
        assert.strictEqual(got, row[act])
        for (const key of order) {
          const result = decide(act, key, row.person)
          if (Either.isRight(result)) continue
          const refusal = result.left
          const productId = products[key].command.productId
          // A refusal for lack of an entitlement names the product, its kind and its scope; never content.
          for (const v of refusal.violations.filter((v) => contentCodes.includes(v.code))) {
            assert.strictEqual(v.facts.product, productId)
            assert.include(refusal.explain("nl"), productId)
          }
          assert.notInclude(Cause.pretty(Cause.fail(refusal)), "Zwanenburg")
        }
      })
    }
  }

  it("the burgemeester of Rheden reads Rheden's local picture, not the RIEC's tactical picture of Oost-Nederland", () => {
    assert.isTrue(Either.isRight(decide("read", "L", "burgemeester-rheden")))
    const refused = decide("read", "T", "burgemeester-rheden")
    assert.isTrue(Either.isLeft(refused) && refused.left.codes[0] === "access.vertrouwelijk-entitled-only")
    if (Either.isLeft(refused))
      assert.include(
        refused.left.explain("en"),
        "tactisch-ob-oost-nederland (tactisch-ondermijningsbeeld, Oost-Nederland)",
      )
  })

  it("an entitlement counts within its period: the burgemeester of Duiven read Rheden's picture on its last day, not after", () => {
    assert.isTrue(Either.isRight(decide("read", "L", "burgemeester-duiven", "2016-03-31")))
    assert.isTrue(Either.isLeft(decide("read", "L", "burgemeester-duiven", "2016-04-01")))
  })

  it("a legacy entitlement (no products, kind or scope) still covers every confidential product", () => {
    const legacy = new Governance.Entitlement({
      grant: "vertrouwelijk",
      person: person("burgemeester-duiven"),
      basis: "convenant",
      from: Kernel.calendarDate("2015-01-01"),
    })
    const withLegacy = { ...preset, entitlements: [legacy] } as Governance.GovernanceModel
    for (const key of ["L", "T", "N"] as const) {
      const { command } = products[key]
      assert.isTrue(
        Information.mayRead(withLegacy, person("burgemeester-duiven"), command, Kernel.calendarDate("2016-06-01")),
      )
    }
    assert.isTrue(Governance.isLegacyEntitlement(legacy))
  })

  it.effect("every read through the service is recorded for a confidential product; a refused one stores nothing", () =>
    Effect.gen(function* () {
      const information = yield* Information.Information
      yield* decidedRuleBook(preset)
      for (const { actor, command } of Information.samenWeerbaarInformation())
        yield* information.execute(actor, command)
      const read = yield* information.read(person("burgemeester-rheden"), id("lokaal-ob-rheden"))
      assert.strictEqual(read.productId, "lokaal-ob-rheden")
      const refused = yield* Effect.flip(
        information.read(person("burgemeester-rheden"), id("tactisch-ob-oost-nederland")),
      )
      assert.isTrue(refused instanceof Kernel.Refused && refused.codes[0] === "access.vertrouwelijk-entitled-only")
      const log = yield* (yield* Store.ReadModelStore).query(Information.confidentialReadLog)
      assert.deepStrictEqual(
        log.rows.map((r) => [r.row.productId, r.row.readBy]),
        [["lokaal-ob-rheden", "burgemeester-rheden"]],
      )
    }).pipe(Effect.provide(informationLayer())),
  )
})
