import { decidedRuleBook, meetingOf } from "@weerbaar/core/testing"
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Option, Schema } from "effect"
import { Governance, Handover, Kernel, Practice, Programme, Route, Store } from "@weerbaar/core"
import { meeting, on, playProgrammeToHandover, storeLayer, storyPractices } from "../support/handoverStory.js"

const exported = () => Effect.runPromise(playProgrammeToHandover().pipe(Effect.provide(storeLayer())))

const vnon = Governance.vnonNetwerk()

/** Imports the package text into a fresh VNON store and lets the BBG propose and the RVO agree. */
const receive = (text: string) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const handover = yield* Handover.Handover
    const practices = yield* Practice.Practices
    yield* on("2017-05-01")
    yield* decidedRuleBook(vnon)
    yield* handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text))
    const concepts = yield* practices.catalogue
    const itemId = Route.ItemId.make("overdracht-2017")
    yield* programme.route(
      Governance.PersonId.make("secretaris-eg-ondermijning-vnon"),
      new Route.SubmitItem({ itemId }),
    )
    yield* on("2017-06-01")
    yield* programme.route(
      Governance.PersonId.make("secretaris-bbg"),
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make("bbg-2017-06"),
        body: Governance.BodyId.make("bbg"),
        outcome: "approve",
        ...meeting(vnon, "bbg", "2017-06-01"),
      }),
    )
    const afterBbg = yield* practices.catalogue
    yield* on("2017-06-22")
    yield* programme.route(
      Governance.PersonId.make("secretaris-rvo"),
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make("rvo-2017-06"),
        body: Governance.BodyId.make("rvo"),
        outcome: "accord",
        ...meeting(vnon, "rvo", "2017-06-22"),
      }),
    )
    const catalogue = yield* (yield* Store.ReadModelStore).query(Practice.practiceCatalogue)
    return { concepts, afterBbg, established: yield* practices.catalogue, catalogue }
  })

describe("the handover from Samen Weerbaar to VNON, round trip", () => {
  it("exports a package from one store, imports it into VNON's, and the RVO's accord makes the practices vastgesteld_netwerk", async () => {
    const text = await exported()
    const result = await Effect.runPromise(receive(text).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))))
    assert.deepStrictEqual(
      result.concepts.map((p) => [p.practiceId, p.status]),
      storyPractices.map((p) => [p.id, "overgedragen"]),
    )
    assert.isTrue(
      result.afterBbg.every((p) => p.status === "overgedragen"),
      "the BBG proposes; only the RVO agrees",
    )
    for (const p of result.established) {
      assert.strictEqual(p.status, "vastgesteld_netwerk")
      assert.strictEqual(p.accord?.decisionId, "dvo-2016-05")
      assert.strictEqual(p.handover?.decisionId, "sg-2017-04-overdracht")
      assert.strictEqual(p.agreement?.body, "rvo")
      assert.strictEqual(p.importedFrom?.programme, "Samen Weerbaar")
    }
    assert.deepStrictEqual(
      result.catalogue.rows.map((r) => [r.key, r.row.status, r.row.agreementDecision]),
      storyPractices.map((p) => [p.id, "vastgesteld_netwerk", "rvo-2017-06"]).sort(),
    )
  })

  it("the package carries each practice's dossier and track picture, validates against its schema and renders as Markdown", async () => {
    const json = JSON.parse(await exported())
    const pkg = Schema.decodeUnknownSync(Handover.HandoverPackage)(json)
    assert.isTrue(Either.isRight(Handover.verifyHandoverPackage(json)))
    const hennep = pkg.content.practices.find((p) => p.practiceId === "bp-hennepconvenant")!
    assert.strictEqual(hennep.accord.bodyName, "DVO Gelderland-Midden")
    assert.strictEqual(hennep.budget[0]?.amount, 4_500_000)
    assert.strictEqual(hennep.documentation?.executionAgreements, "De gemeente voert uit, de expertgroep coördineert.")
    assert.deepStrictEqual(
      hennep.tracks.map((t) => [t.municipality, t.cbsCode, t.phase]),
      [
        ["ede", "GM0228", "in_uitvoering"],
        ["rheden", "GM0275", "geborgd"],
        ["rozendaal", "GM0277", "niet_relevant"],
      ],
    )
    assert.strictEqual(pkg.content.information.method.name, "lokaal ondermijningsbeeld")
    // The published schema file is the generated one, and the package has what it requires.
    const file = fileURLToPath(new URL("../../../../docs/schemas/handover-package.schema.json", import.meta.url))
    const published = JSON.parse(readFileSync(file, "utf8"))
    assert.deepStrictEqual(published, JSON.parse(JSON.stringify(Governance.jsonSchemas()["handover-package"])))
    const top = published.$defs.HandoverPackage
    for (const field of top.required) assert.property(json, field)
    assert.includeMembers(Object.keys(json.content), published.$defs.HandoverContent.required)
    const markdown = Handover.renderHandoverMarkdown(pkg)
    assert.include(markdown, "# Overdracht: Overdracht Samen Weerbaar aan VNON")
    assert.include(markdown, "| Rozendaal (GM0277) | niet_relevant | Vrijgesteld door het DVO. |")
    assert.include(markdown, "## Informatiemethode: lokaal ondermijningsbeeld")
  })

  it("a package carries a confidential product's shareable summary (version 2), and a package of version 1 is still read", async () => {
    const json = JSON.parse(await exported())
    assert.strictEqual(json.packageVersion, 2)
    const entry = json.content.information.products[0]
    assert.strictEqual(entry.classification, "vertrouwelijk")
    assert.match(entry.shareableSummary.text, /^Hennepteelt en OMG's/)
    assert.notProperty(entry, "title")
    const checked = Handover.verifyHandoverPackage(json)
    assert.isTrue(Either.isRight(checked))
    if (Either.isRight(checked)) assert.include(Handover.renderHandoverMarkdown(checked.right), "Deelbare samenvatting")
    // A package of version 1 knew no shareable summaries: the same content without them, digest and all.
    const { shareableSummary: _, ...reference } = entry
    const content = { ...json.content, information: { ...json.content.information, products: [reference] } }
    const old = { ...json, packageVersion: 1, content, digest: Handover.contentDigest(content) }
    const read = Handover.verifyHandoverPackage(old)
    assert.isTrue(Either.isRight(read) && read.right.packageVersion === 1)
    const result = await Effect.runPromise(
      receive(JSON.stringify(old)).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))),
    )
    assert.isTrue(result.established.length > 0)
  })

  it("a tampered package or an unknown version is refused with a clear error and nothing is imported", async () => {
    const text = await exported()
    const tampered = JSON.parse(text)
    tampered.content.practices[0].evaluations[0].evidenceLevel = "effectief-sterke-aanwijzingen"
    const future = { ...JSON.parse(text), packageVersion: 3 }
    const outcome = await Effect.runPromise(
      Effect.gen(function* () {
        const handover = yield* Handover.Handover
        const store = yield* Store.EventStore
        yield* decidedRuleBook(vnon)
        const before = yield* store.lastPosition
        const refusals = [
          yield* Effect.flip(
            handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), tampered),
          ),
          yield* Effect.flip(
            handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), future),
          ),
          yield* Effect.flip(
            handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), {
              format: "iets anders",
            }),
          ),
        ]
        return { refusals, unchanged: (yield* store.lastPosition) === before }
      }).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))),
    )
    assert.deepStrictEqual(
      outcome.refusals.map((r) => (r._tag === "HandoverPackageRefused" ? r.reason : r._tag)),
      ["tampered", "unknown-version", "not-a-package"],
    )
    const [tamperedRefusal, versionRefusal] = outcome.refusals
    assert.include(tamperedRefusal?.message, "does not match its digest")
    assert.include(versionRefusal?.message, "Package version 3 is unknown")
    assert.isTrue(outcome.unchanged, "nothing was imported")
  })

  it("handover.already-imported, handover.practice-exists and handover.no-receiving-body: a package is imported once, by the receiving body", async () => {
    const text = await exported()
    const refusals = await Effect.runPromise(
      Effect.gen(function* () {
        const handover = yield* Handover.Handover
        yield* decidedRuleBook(vnon)
        const outsider = yield* Effect.flip(
          handover.importPackage(Governance.PersonId.make("lid-rvo-om"), JSON.parse(text)),
        )
        yield* handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text))
        const again = yield* Effect.flip(
          handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text)),
        )
        return [outsider, again]
      }).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))),
    )
    assert.isTrue(refusals[0] instanceof Kernel.Refused && refusals[0].codes.includes("authority.not-a-member"))
    assert.isTrue(refusals[1] instanceof Kernel.Refused)
    // The import's own rules refuse it; the reactions that would bring the item and the practices
    // again are not decided then.
    assert.includeMembers(
      [...(refusals[1] as Kernel.Refused).codes],
      ["handover.already-imported", "handover.practice-exists"],
    )
  })

  it("programme.theme-not-handed-over and programme.item-on-route: the programme ends only when every theme is handed over and no item is on its route", async () => {
    const result = await Effect.runPromise(
      Effect.gen(function* () {
        const handover = yield* Handover.Handover
        const end = (id: string) =>
          new Handover.EndProgramme({
            decisionId: Route.DecisionId.make(id),
            ...meetingOf(Governance.vnonNetwerk(), "rvo", "2017-04-13", "De doorontwikkeling gaat over naar VNON."),
          })
        yield* decidedRuleBook(Governance.vnonNetwerk())
        const early = yield* Effect.flip(
          handover.endProgramme(Governance.PersonId.make("secretaris-rvo"), end("rvo-einde")),
        )
        return { early }
      }).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))),
    )
    assert.isTrue(result.early instanceof Kernel.Refused)
    assert.sameMembers(
      [...(result.early as Kernel.Refused).codes],
      // One per theme of VNON's model: the plan's three and hennep, drugs and OMG's.
      Governance.vnonNetwerk().themes.map(() => "programme.theme-not-handed-over"),
    )
    const ended = await Effect.runPromise(
      Effect.gen(function* () {
        yield* playProgrammeToHandover()
        const handover = yield* Handover.Handover
        const programme = yield* Programme.Programme
        yield* programme.route(
          Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
          new Route.DraftItem({
            itemId: Route.ItemId.make("bv-nog-onderweg"),
            kind: "opdracht",
            draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
            content: { title: "Nog een opdracht", description: "", budget: [], practices: [] },
          }),
        )
        yield* programme.route(
          Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
          new Route.SubmitItem({ itemId: Route.ItemId.make("bv-nog-onderweg") }),
        )
        const command = new Handover.EndProgramme({
          decisionId: Route.DecisionId.make("dvo-2017-einde"),
          ...meetingOf(Governance.samenWeerbaar(), "dvo", "2017-04-13", "De doorontwikkeling gaat over naar VNON."),
        })
        const open = yield* Effect.flip(handover.endProgramme(Governance.PersonId.make("secretaris-dvo"), command))
        yield* programme.route(
          Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
          new Route.WithdrawItem({ itemId: Route.ItemId.make("bv-nog-onderweg"), reason: "Vervalt." }),
        )
        const done = yield* handover.endProgramme(Governance.PersonId.make("secretaris-dvo"), command)
        return { open, done, pkg: yield* handover.package(Route.ItemId.make("overdracht-2017")) }
      }).pipe(Effect.provide(storeLayer())),
    )
    // The preset signals open work to the DVO, which then explains why it ends the programme all the same.
    assert.isTrue(ended.open instanceof Kernel.Refused)
    assert.deepStrictEqual([...(ended.open as Kernel.Refused).codes], ["signal.reason-required"])
    assert.deepStrictEqual((ended.open as Kernel.Refused).violations[0]?.facts, { rule: "programme.item-on-route" })
    assert.strictEqual(ended.done.events[0]?.type, "ProgrammeEnded")
    assert.isTrue(Option.isSome(ended.pkg))
  })
})
