import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { Governance, Kernel, Practice, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import { on, storeLayer, storyPractices } from "../support/handoverStory.js"

const model = Governance.samenWeerbaar()
const row = (practiceId: string, theme: Governance.Theme, title: string, extra: Partial<Practice.PracticeRow> = {}) =>
  ({
    practiceId,
    theme,
    title,
    origin: "elders-nl",
    source: "VNON",
    status: "in_uitvoering",
    documented: false,
    evaluations: 0,
    pilotMunicipalities: [],
    updatedAt: "2016-06-01T10:00:00.000Z",
    ...extra,
  }) as Practice.PracticeRow
const track = (practiceId: string, municipality: string, theme: Governance.Theme, phase: Practice.TrackRow["phase"]) =>
  ({
    practiceId,
    municipality,
    theme,
    phase,
    maatwerk: [],
    planned: {},
    reached: {},
    updatedAt: "2016-06-01T10:00:00.000Z",
  }) as Practice.TrackRow

describe("the coherence view (samenhang)", () => {
  const practices = [
    row("bp-hennep", "ondermijnende-criminaliteit", "Hennepconvenant", {
      related: [{ practiceId: "bp-bibob", note: "Bibob sluit de hennepaanpak af." }],
    }),
    row("bp-bibob", "weerbare-overheid", "Bibob-beleid", {
      related: [{ practiceId: "bp-hennep", note: "Bibob sluit de hennepaanpak af." }],
    }),
    row("bp-keurmerk", "weerbare-maatschappij", "Keurmerk", { status: "kandidaat" }),
  ]
  const tracks = [
    track("bp-hennep", "rheden", "ondermijnende-criminaliteit", "in_uitvoering"),
    track("bp-bibob", "rheden", "weerbare-overheid", "pilot"),
    track("bp-hennep", "ede", "ondermijnende-criminaliteit", "geborgd"),
    track("bp-bibob", "ede", "weerbare-overheid", "gepland"),
  ]
  const view = Practice.coherence(model, practices, tracks)

  it("lists per theme its measures with status and the phases of their tracks, by name", () => {
    assert.deepStrictEqual(
      view.themes.map((t) => [t.themeName, t.measures.map((m) => m.title)]),
      [
        ["Weerbare Overheid", ["Bibob-beleid"]],
        ["Weerbare Maatschappij", ["Keurmerk"]],
        ["Ondermijnende Criminaliteit", ["Hennepconvenant"]],
      ],
    )
    const hennep = view.themes[2]?.measures[0]
    assert.deepStrictEqual(
      hennep?.tracks.map((t) => [t.municipalityName, t.phase]),
      [
        ["Ede", "geborgd"],
        ["Rheden", "in_uitvoering"],
      ],
    )
  })

  it("lists each linked pair once, across themes, with its note", () => {
    assert.strictEqual(view.links.length, 1)
    assert.deepStrictEqual(
      [view.links[0]?.practice.title, view.links[0]?.related.title, view.links[0]?.acrossThemes],
      ["Bibob-beleid", "Hennepconvenant", true],
    )
  })

  it("names the municipalities where active tracks of two or more themes meet (a planned track is not active)", () => {
    assert.deepStrictEqual(
      view.overlaps.map((o) => [o.municipalityName, o.themes.map((t) => t.themeName)]),
      [["Rheden", ["Weerbare Overheid", "Ondermijnende Criminaliteit"]]],
    )
  })

  it.effect("is read from the practice and track read models, with a link recorded on both practices", () =>
    Effect.gen(function* () {
      const practicesService = yield* Practice.Practices
      yield* on("2016-02-01")
      yield* decidedRuleBook(model)
      for (const p of storyPractices.slice(0, 2)) {
        yield* practicesService.execute(
          p.member,
          new Practice.RegisterPractice({
            practiceId: Practice.PracticeId.make(p.id),
            theme: p.theme,
            title: p.title,
            description: "",
            origin: "elders-nl",
            source: "VNON",
            intendedEffects: [],
          }),
        )
      }
      yield* practicesService.execute(
        Governance.PersonId.make("secretaris-stuurgroep"),
        new Practice.LinkPractices({
          practiceId: Practice.PracticeId.make("bp-hennepconvenant"),
          related: Practice.PracticeId.make("bp-integriteit-bestuur"),
          note: "Integraliteit geeft meer effect.",
        }),
      )
      const related = yield* practicesService.practice(Practice.PracticeId.make("bp-integriteit-bestuur"))
      assert.deepStrictEqual(related.exists ? related.related?.map((l) => l.related) : [], ["bp-hennepconvenant"])
      const read = yield* Practice.coherenceOfReadModels(
        yield* Store.ReadModelStore,
        model,
        Kernel.calendarDate("2016-02-01"),
      )
      assert.deepStrictEqual(
        read.links.map((l) => [l.practice.title, l.related.title, l.note]),
        [["Hennepconvenant", "Weerbaar bestuur", "Integraliteit geeft meer effect."]],
      )
    }).pipe(Effect.provide(storeLayer())),
  )
})
