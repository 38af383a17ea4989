import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { assert, describe, it } from "@effect/vitest"
import { Effect, Either, Option, Schema } from "effect"
import {
  BodyId,
  calendarDate,
  DecisionId,
  DraftItem,
  EndProgramme,
  EventStore,
  Handover,
  HandoverPackage,
  ItemId,
  jsonSchemas,
  PersonId,
  practiceCatalogue,
  Practices,
  Programme,
  ReadModelStore,
  RecordDecision,
  Refused,
  renderHandoverMarkdown,
  SubmitItem,
  verifyHandoverPackage,
  vnonNetwerk,
  WithdrawItem,
} from "@weerbaar/core"
import { meeting, on, playProgrammeToHandover, storeLayer, storyPractices } from "../support/handoverStory.js"

const exported = () => Effect.runPromise(playProgrammeToHandover().pipe(Effect.provide(storeLayer())))

const vnon = vnonNetwerk()

/** Imports the package text into a fresh VNON store and lets the BBG propose and the RVO agree. */
const receive = (text: string) =>
  Effect.gen(function* () {
    const programme = yield* Programme
    const handover = yield* Handover
    const practices = yield* Practices
    yield* on("2017-05-01")
    yield* programme.adoptModel(vnon, PersonId.make("secretaris-bbg"))
    yield* handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text))
    const concepts = yield* practices.catalogue
    const itemId = ItemId.make("overdracht-2017")
    yield* programme.route(PersonId.make("secretaris-eg-ondermijning-vnon"), new SubmitItem({ itemId }))
    yield* on("2017-06-01")
    yield* programme.route(
      PersonId.make("secretaris-bbg"),
      new RecordDecision({
        itemId,
        decisionId: DecisionId.make("bbg-2017-06"),
        body: BodyId.make("bbg"),
        outcome: "approve",
        ...meeting(vnon, "bbg", "2017-06-01"),
      }),
    )
    const afterBbg = yield* practices.catalogue
    yield* on("2017-06-22")
    yield* programme.route(
      PersonId.make("secretaris-rvo"),
      new RecordDecision({
        itemId,
        decisionId: DecisionId.make("rvo-2017-06"),
        body: BodyId.make("rvo"),
        outcome: "accord",
        ...meeting(vnon, "rvo", "2017-06-22"),
      }),
    )
    const catalogue = yield* (yield* ReadModelStore).query(practiceCatalogue)
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
    const pkg = Schema.decodeUnknownSync(HandoverPackage)(json)
    assert.isTrue(Either.isRight(verifyHandoverPackage(json)))
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
    assert.deepStrictEqual(published, JSON.parse(JSON.stringify(jsonSchemas()["handover-package"])))
    const top = published.$defs.HandoverPackage
    for (const field of top.required) assert.property(json, field)
    assert.includeMembers(Object.keys(json.content), published.$defs.HandoverContent.required)
    const markdown = renderHandoverMarkdown(pkg)
    assert.include(markdown, "# Overdracht: Overdracht Samen Weerbaar aan VNON")
    assert.include(markdown, "| Rozendaal (GM0277) | niet_relevant | Vrijgesteld door het DVO. |")
    assert.include(markdown, "## Informatiemethode: lokaal ondermijningsbeeld")
  })

  it("a tampered package or an unknown version is refused with a clear error and nothing is imported", async () => {
    const text = await exported()
    const tampered = JSON.parse(text)
    tampered.content.practices[0].evaluations[0].evidenceLevel = "effectief-sterke-aanwijzingen"
    const future = { ...JSON.parse(text), packageVersion: 2 }
    const outcome = await Effect.runPromise(
      Effect.gen(function* () {
        const programme = yield* Programme
        const handover = yield* Handover
        const store = yield* EventStore
        yield* programme.adoptModel(vnon, PersonId.make("secretaris-bbg"))
        const before = yield* store.lastPosition
        const refusals = [
          yield* Effect.flip(handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), tampered)),
          yield* Effect.flip(handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), future)),
          yield* Effect.flip(
            handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), { format: "iets anders" }),
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
    assert.include(versionRefusal?.message, "Package version 2 is unknown")
    assert.isTrue(outcome.unchanged, "nothing was imported")
  })

  it("handover.already-imported, handover.practice-exists and handover.no-receiving-body: a package is imported once, by the receiving body", async () => {
    const text = await exported()
    const refusals = await Effect.runPromise(
      Effect.gen(function* () {
        const programme = yield* Programme
        const handover = yield* Handover
        yield* programme.adoptModel(vnon, PersonId.make("secretaris-bbg"))
        const outsider = yield* Effect.flip(handover.importPackage(PersonId.make("lid-rvo-om"), JSON.parse(text)))
        yield* handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text))
        const again = yield* Effect.flip(
          handover.importPackage(PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text)),
        )
        return [outsider, again]
      }).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))),
    )
    assert.isTrue(refusals[0] instanceof Refused && refusals[0].codes.includes("authority.not-a-member"))
    assert.isTrue(refusals[1] instanceof Refused)
    // The import's own rules refuse it; the reactions that would bring the item and the practices
    // again are not decided then.
    assert.includeMembers(
      [...(refusals[1] as Refused).codes],
      ["handover.already-imported", "handover.practice-exists"],
    )
  })

  it("programme.theme-not-handed-over and programme.item-on-route: the programme ends only when every theme is handed over and no item is on its route", async () => {
    const result = await Effect.runPromise(
      Effect.gen(function* () {
        const handover = yield* Handover
        const programme = yield* Programme
        const end = (id: string) =>
          new EndProgramme({
            decisionId: DecisionId.make(id),
            meetingDate: calendarDate("2017-04-13"),
            rationale: "De doorontwikkeling gaat over naar VNON.",
          })
        yield* programme.adoptModel(vnonNetwerk(), PersonId.make("secretaris-bbg"))
        const early = yield* Effect.flip(handover.endProgramme(PersonId.make("secretaris-rvo"), end("rvo-einde")))
        return { early }
      }).pipe(Effect.provide(storeLayer("2017-05-01T09:00:00Z"))),
    )
    assert.isTrue(result.early instanceof Refused)
    assert.sameMembers(
      [...(result.early as Refused).codes],
      ["programme.theme-not-handed-over", "programme.theme-not-handed-over", "programme.theme-not-handed-over"],
    )
    const ended = await Effect.runPromise(
      Effect.gen(function* () {
        yield* playProgrammeToHandover()
        const handover = yield* Handover
        const programme = yield* Programme
        yield* programme.route(
          PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
          new DraftItem({
            itemId: ItemId.make("bv-nog-onderweg"),
            kind: "opdracht",
            draftingBody: BodyId.make("eg-ondermijnende-criminaliteit"),
            content: { title: "Nog een opdracht", description: "", budget: [], practices: [] },
          }),
        )
        yield* programme.route(
          PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
          new SubmitItem({ itemId: ItemId.make("bv-nog-onderweg") }),
        )
        const command = new EndProgramme({
          decisionId: DecisionId.make("dvo-2017-einde"),
          meetingDate: calendarDate("2017-04-13"),
          rationale: "De doorontwikkeling gaat over naar VNON.",
        })
        const open = yield* Effect.flip(handover.endProgramme(PersonId.make("secretaris-dvo"), command))
        yield* programme.route(
          PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
          new WithdrawItem({ itemId: ItemId.make("bv-nog-onderweg"), reason: "Vervalt." }),
        )
        const done = yield* handover.endProgramme(PersonId.make("secretaris-dvo"), command)
        return { open, done, pkg: yield* handover.package(ItemId.make("overdracht-2017")) }
      }).pipe(Effect.provide(storeLayer())),
    )
    assert.isTrue(ended.open instanceof Refused)
    assert.deepStrictEqual([...(ended.open as Refused).codes], ["programme.item-on-route"])
    assert.include((ended.open as Refused).explain("nl"), "bv-nog-onderweg is nog onderweg (status submitted)")
    assert.strictEqual(ended.done.events[0]?.type, "ProgrammeEnded")
    assert.isTrue(Option.isSome(ended.pkg))
  })
})
