import { assert, describe, it } from "@effect/vitest"
import { Either } from "effect"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { given, meetingOf } from "@weerbaar/core/testing"
import { accordedPractice, practiceId } from "../support/practiceFixtures.js"
import { fullMeeting, historyUnder, itemId } from "../support/routeFixtures.js"

/** VNON's model as its own JSON file would hold it: written out as text and read back. */
const loadVnon = (): Governance.GovernanceModel => {
  const text = JSON.stringify(Governance.vnonNetwerkJson(), null, 2)
  const decoded = Governance.parseGovernanceModel(text)
  if (Either.isLeft(decoded)) throw new Error(decoded.left.message)
  return decoded.right
}

const vnon = loadVnon()
const on = "2016-06-01"
const person = Governance.PersonId.make

const exemption = (municipality: string) =>
  new Practice.GrantExemption({
    practiceId,
    municipality: Governance.OrganisationId.make(municipality),
    decisionId: Route.DecisionId.make(`vrijstelling-${municipality}`),
    ...meetingOf(vnon, Governance.bestuurlijkBodiesFor(vnon, municipality)[0]?.id ?? "dvo", on),
    reason: "Het thema speelt niet in deze gemeente.",
  })

const underVnon = (actor: string): Practice.TrackContext => ({
  actor: person(actor),
  model: vnon,
  now: `${on}T10:00:00.000Z` as Kernel.Timestamp,
  practice: Kernel.fold(Practice.practiceDecider, accordedPractice()),
})

describe("a VNON model: its own themes, the RVO and the DVOs of its districts", () => {
  it("given VNON's JSON, when it is loaded, then it has three themes beyond the plan's, the RVO without an area and DVOs each with its own", () => {
    assert.deepStrictEqual(
      vnon.themes.map((t) => t.id),
      ["weerbare-overheid", "weerbare-maatschappij", "ondermijnende-criminaliteit", "hennep", "drugs", "omg"],
    )
    const tree = Governance.renderGovernanceTree(vnon, Kernel.calendarDate(on))
    assert.include(tree, "DVO Twente — gebied: Almelo, Borne, Dinkelland, Enschede,")
    assert.include(tree, "DVO IJsselland — gebied: Dalfsen, Deventer, Hardenberg, Kampen,")
    assert.include(tree, "gemeenten (79)")
    assert.include(
      tree,
      "DVO Gelderland-Midden (burgemeester Westervoort, hoofdofficier van justitie OM Oost-Nederland) ↔ voorzitter Expertgroep Ondermijning VNON: burgemeester Deventer",
    )
    assert.strictEqual(Governance.areaOn(vnon, Kernel.calendarDate("2019-01-01")).length, 76)
    assert.strictEqual(Governance.themeName(vnon.themes, "omg").nl, "OMG's")
    const bestuurlijk = Governance.bodiesOfLevel(vnon, "bestuurlijk")
    assert.deepStrictEqual(
      bestuurlijk.map((b) => [b.id, b.area?.length ?? "heel Oost-Nederland"]),
      [
        ["rvo", "heel Oost-Nederland"],
        ["dvo-ijsselland", 11],
        ["dvo-twente", 14],
        ["dvo-noord-oost-gelderland", 22],
        ["dvo-gelderland-midden", 16],
        ["dvo-gelderland-zuid", 17],
      ],
    )
    assert.deepStrictEqual(
      Governance.bestuurlijkBodiesFor(vnon, "ede").map((b) => b.id),
      ["dvo-gelderland-midden"],
    )
    assert.deepStrictEqual(
      Governance.bestuurlijkBodiesFor(vnon, "deventer").map((b) => b.id),
      ["dvo-ijsselland"],
    )
    assert.strictEqual(
      Governance.bodyOfLevel(vnon, "bestuurlijk").pipe((b) => (b._tag === "Some" ? b.value.id : "")),
      "rvo",
    )
  })

  it("given a beleidsvoorstel of VNON's Expertgroep Ondermijning, when the BBG approves and the RVO accords, then it is accorded for all of Oost-Nederland", () => {
    const events = historyUnder(
      vnon,
      [],
      [
        person("lid-eg-ondermijning-vnon-riec"),
        new Route.DraftItem({
          itemId,
          kind: "beleidsvoorstel",
          draftingBody: Governance.BodyId.make("eg-ondermijning-vnon"),
          content: {
            title: "Aanpak OMG's in Oost-Nederland",
            description: "Bestuurlijke aanpak van outlaw motorcycle gangs, breder dan hennep.",
            budget: [
              new Route.BudgetLine({
                category: "projectleiding",
                organisation: "politie-oost-nederland" as Route.BudgetLine["organisation"],
                year: 2016,
                amount: 1_000_000 as Route.BudgetLine["amount"],
              }),
            ],
            practices: [],
          },
        }),
      ],
      [person("burgemeester-deventer"), new Route.SubmitItem({ itemId })],
      [
        person("secretaris-bbg"),
        new Route.RecordDecision({
          itemId,
          decisionId: Route.DecisionId.make("bbg-2016-06"),
          body: Governance.BodyId.make("bbg"),
          outcome: "approve",
          ...fullMeeting("bbg", on, vnon),
        }),
      ],
    )
    const state = events.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
    const byDvo = new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("dvo-gm-2016-06"),
      body: Governance.BodyId.make("dvo-gelderland-midden"),
      outcome: "accord",
      ...fullMeeting("dvo-gelderland-midden", on, vnon),
    })
    const refused = Route.routeDecider.decide(byDvo, state, {
      actor: person("voorzitter-dvo-gelderland-midden"),
      model: vnon,
      now: `${on}T10:00:00.000Z` as Kernel.Timestamp,
    })
    assert.isTrue(Either.isLeft(refused), "a district's DVO does not accord in the RVO's place")
    const accorded = historyUnder(vnon, events, [
      person("secretaris-rvo"),
      new Route.RecordDecision({
        itemId,
        decisionId: Route.DecisionId.make("rvo-2016-06"),
        body: Governance.BodyId.make("rvo"),
        outcome: "accord",
        ...fullMeeting("rvo", on, vnon),
      }),
    ])
    const item = accorded.reduce(Route.routeDecider.evolve, Route.routeDecider.initialState)
    assert.strictEqual(item.exists ? item.status : "missing", "accorded")
  })

  it("track.body-outside-area: given DVO Twente, when it exempts Ede (Gelderland-Midden) from a measure, then it is refused; DVO Gelderland-Midden may", () => {
    const refused = given(Practice.trackDecider)
      .when(exemption("ede"), underVnon("voorzitter-dvo-twente"))
      .refused("track.body-outside-area")
    assert.deepInclude(refused.violations[0]?.facts, { body: "dvo-twente", municipality: "ede" })
    given(Practice.trackDecider)
      .when(exemption("ede"), underVnon("voorzitter-dvo-gelderland-midden"))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "ExemptionGranted"))
    given(Practice.trackDecider)
      .when(exemption("enschede"), underVnon("voorzitter-dvo-gelderland-midden"))
      .refused("track.body-outside-area")
    given(Practice.trackDecider)
      .when(exemption("enschede"), underVnon("voorzitter-dvo-twente"))
      .thenEvents(() => {})
  })

  it("track.body-outside-area is an invariant: no VNON model may weaken it", () => {
    const weakened = Governance.decodeGovernanceModel({
      ...Governance.vnonNetwerkJson(),
      forces: { "track.body-outside-area": "signaleren" },
    })
    assert.isTrue(Either.isLeft(weakened))
    if (Either.isLeft(weakened)) assert.include(weakened.left.message, "model.invariant-weakened")
  })

  it("given a practice under VNON's own theme 'drugs', its single expert group registers it", () => {
    given(Practice.practiceDecider)
      .when(
        new Practice.RegisterPractice({
          practiceId: Practice.PracticeId.make("bp-drugs-vnon"),
          theme: "drugs",
          title: "Drugsaanpak",
          description: "Integrale aanpak van drugscriminaliteit in Oost-Nederland.",
          origin: "eigen-ontwikkeling",
          source: "Expertgroep Ondermijning VNON",
          intendedEffects: ["minder drugsproductie"],
        }),
        { actor: person("lid-eg-ondermijning-vnon-riec"), model: vnon, now: `${on}T10:00:00.000Z` as Kernel.Timestamp },
      )
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "PracticeRegistered"))
  })
})
