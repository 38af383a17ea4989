import { decidedRuleBook } from "@weerbaar/core/testing"
// A municipality's own service on SQLite: Rheden keeps its own read model — its overview of the
// accorded measures it executes — in the same file as the programme's log, next to the district's
// read models. Run: node --import tsx examples/municipality-system/main.ts
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { SqliteStore } from "@weerbaar/adapters-sqlite"
import { Governance, Kernel, Practice, Programme, Route, Store } from "@weerbaar/core"
import { Effect, Either, Layer } from "effect"

const municipality = "rheden"

/** One row per measure in Rheden: where Rheden stands, since when, and how it got there. */
type RhedenMeasure = {
  readonly practiceId: string
  readonly theme: Governance.Theme
  readonly phase: Practice.TrackPhase
  readonly since: string
  readonly steps: number
  readonly history: ReadonlyArray<string>
}

/**
 * Rheden's own read model: a pure fold over the programme's log that keeps only Rheden's tracks.
 * The store updates it in the transaction of every append and builds it from the whole log when it
 * first sees it (or when `version` goes up).
 */
const rhedenMeasures: Store.ReadModel<RhedenMeasure> = {
  name: "rheden-measures",
  version: 1,
  keysOf: (stored: Store.StoredEvent) => {
    if (stored.type !== "TrackMoved") return []
    const event = Practice.trackEventCodec.fromStored(stored)
    return Either.isRight(event) && event.right.municipality === municipality ? [event.right.practiceId] : []
  },
  apply: (stored, current) => {
    const event = Practice.trackEventCodec.fromStored(stored)
    if (Either.isLeft(event) || event.right._tag !== "TrackMoved") return []
    const moved = event.right
    const before = current.get(moved.practiceId)
    return [
      {
        key: moved.practiceId,
        row: {
          practiceId: moved.practiceId,
          theme: moved.theme,
          phase: moved.to,
          since: moved.on,
          steps: (before?.steps ?? 0) + 1,
          history: [...(before?.history ?? []), `${moved.on} ${moved.from} → ${moved.to}`],
        },
      },
    ]
  },
}

const on = (date: string) => Effect.flatMap(Store.ClockControl, (clock) => clock.set(`${date}T10:00:00Z`))
const meeting = (body: string, date: string) => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(
    Governance.samenWeerbaar(),
    Governance.BodyId.make(body),
    Kernel.calendarDate(date),
  ),
  rationale: "Besproken en besloten in de vergadering.",
})
const move = (actor: Governance.PersonId, practiceId: string, place: string, to: Practice.TrackPhase, date: string) =>
  Effect.flatMap(Practice.Tracks, (tracks) =>
    tracks.execute(
      actor,
      new Practice.MoveTrack({
        practiceId: Practice.PracticeId.make(practiceId),
        municipality: Governance.OrganisationId.make(place),
        to,
        on: Kernel.calendarDate(date),
      }),
    ),
  )

const measures = [
  {
    id: "bp-lokaal-ondermijningsbeeld",
    theme: "ondermijnende-criminaliteit",
    title: "Lokaal ondermijningsbeeld",
    member: Governance.PersonId.make("lid-eg-oc-rheden"),
  },
  {
    id: "bp-weerbaar-bestuur",
    theme: "weerbare-overheid",
    title: "Weerbaar bestuur",
    member: Governance.PersonId.make("lid-eg-wo-arnhem"),
  },
] as const

/** The district's side: practices registered, a pilot in Rheden, a proposal accorded, tracks moving. */
const districtYear = Effect.gen(function* () {
  const programme = yield* Programme.Programme
  const practices = yield* Practice.Practices
  yield* on("2016-02-01")
  // The programme plan's route: the Stuurgroep proposes it, the DVO decides (see examples/embed-core).
  yield* decidedRuleBook(Governance.samenWeerbaar())
  for (const m of measures) {
    yield* practices.execute(
      m.member,
      new Practice.RegisterPractice({
        practiceId: Practice.PracticeId.make(m.id),
        theme: m.theme,
        title: m.title,
        description: `${m.title}: een aanpak die elders al werkte.`,
        origin: "elders-nl",
        source: "RIEC Oost-Nederland",
        intendedEffects: ["minder ondermijning"],
      }),
    )
  }
  yield* on("2016-02-15")
  yield* practices.execute(
    Governance.PersonId.make("secretaris-stuurgroep"),
    new Practice.DesignatePilotMunicipality({
      practiceId: Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld"),
      municipality: Governance.OrganisationId.make(municipality),
      decisionId: Route.DecisionId.make("sg-2016-02-pilot"),
      meetingDate: Kernel.calendarDate("2016-02-15"),
      // Decided in the Stuurgroep's meeting, every member present.
      attendance: Governance.votingMembersOn(
        Governance.samenWeerbaar(),
        Governance.BodyId.make("stuurgroep"),
        Kernel.calendarDate("2016-02-15"),
      ),
      rationale: "De gemeente heeft de aanpak in voorbereiding.",
    }),
  )
  yield* practices.execute(
    Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
    new Practice.StartPilot({ practiceId: Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld") }),
  )
  yield* move(
    Governance.PersonId.make("burgemeester-rheden"),
    "bp-lokaal-ondermijningsbeeld",
    municipality,
    "pilot",
    "2016-02-15",
  )
  yield* on("2016-04-01")
  yield* practices.execute(
    Governance.PersonId.make("lid-eg-oc-rheden"),
    new Practice.RecordEvaluation({
      practiceId: Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld"),
      evaluation: {
        evaluationId: "ev-pilot-rheden",
        kind: "pilot",
        method: "Voor- en nameting in Rheden",
        findings: "Meer signalen van ondermijning in beeld, gedeeld met de partners.",
        measuredEffects: [{ effect: "signalen die tot een interventie leidden", result: "+40%" }],
        evidenceLevel: "goed-onderbouwd",
        evaluatedOn: Kernel.calendarDate("2016-03-31"),
        evaluatedBy: "RIEC Oost-Nederland",
      },
    }),
  )

  const itemId = Route.ItemId.make("bv-2016-aanpak")
  yield* on("2016-04-05")
  yield* programme.route(
    Governance.PersonId.make("lid-eg-oc-rheden"),
    new Route.DraftItem({
      itemId,
      kind: "beleidsvoorstel",
      draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
      content: {
        title: "Integrale aanpak 2016",
        description: "Twee maatregelen in heel Gelderland-Midden.",
        budget: [
          new Route.BudgetLine({
            category: "projectleiding",
            organisation: Governance.OrganisationId.make("vggm"),
            year: 2016,
            amount: Kernel.Cents.make(3_000_000),
          }),
        ],
        practices: measures.map((m) => m.id),
      },
    }),
  )
  yield* programme.route(
    Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
    new Route.SubmitItem({ itemId }),
  )
  yield* on("2016-04-07")
  yield* programme.route(
    Governance.PersonId.make("secretaris-stuurgroep"),
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("sg-2016-04"),
      body: Governance.BodyId.make("stuurgroep"),
      outcome: "approve",
      ...meeting("stuurgroep", "2016-04-07"),
    }),
  )
  yield* on("2016-05-12")
  yield* programme.route(
    Governance.PersonId.make("secretaris-dvo"),
    new Route.RecordDecision({
      itemId,
      decisionId: Route.DecisionId.make("dvo-2016-05"),
      body: Governance.BodyId.make("dvo"),
      outcome: "accord",
      ...meeting("dvo", "2016-05-12"),
    }),
  )
  yield* on("2016-06-01")
  for (const m of measures)
    yield* practices.execute(m.member, new Practice.StartExecution({ practiceId: Practice.PracticeId.make(m.id) }))
  yield* move(
    Governance.PersonId.make("burgemeester-rheden"),
    "bp-weerbaar-bestuur",
    municipality,
    "gepland",
    "2016-06-01",
  )
  yield* move(
    Governance.PersonId.make("burgemeester-ede"),
    "bp-lokaal-ondermijningsbeeld",
    "ede",
    "gepland",
    "2016-06-01",
  )
  yield* move(Governance.PersonId.make("burgemeester-ede"), "bp-weerbaar-bestuur", "ede", "gepland", "2016-06-01")
  yield* on("2016-09-01")
  yield* move(
    Governance.PersonId.make("burgemeester-rheden"),
    "bp-lokaal-ondermijningsbeeld",
    municipality,
    "in_uitvoering",
    "2016-09-01",
  )
  return yield* (yield* Store.EventStore).lastPosition
})

const showOverview = (title: string) =>
  Effect.gen(function* () {
    const page = yield* (yield* Store.ReadModelStore).query(rhedenMeasures)
    console.log(`  ${title}:`)
    for (const { row } of page.rows) {
      console.log(`    ${row.practiceId} (${row.theme}): ${row.phase} since ${row.since} — ${row.history.join("; ")}`)
    }
  })

/** Rheden's own service: the same file, opened with its own read model beside the district's. */
const rhedenService = Effect.gen(function* () {
  const readModels = yield* Store.ReadModelStore
  yield* showOverview("built from the log on opening")
  const executing = yield* readModels.query(rhedenMeasures, { where: { phase: "in_uitvoering" } })
  console.log(`  in execution in Rheden: ${executing.rows.map((r) => r.key).join(", ")}`)

  console.log(
    "\n▸ 2017-03-01 · Rheden embeds the lokaal ondermijningsbeeld (geborgd); the overview follows in the same transaction",
  )
  yield* on("2017-03-01")
  yield* move(
    Governance.PersonId.make("burgemeester-rheden"),
    "bp-lokaal-ondermijningsbeeld",
    municipality,
    "geborgd",
    "2017-03-01",
  )
  yield* showOverview("after the move")

  console.log("\n▸ Rheden's burgemeester cannot move Ede's track")
  const refused = yield* Effect.flip(
    move(Governance.PersonId.make("burgemeester-rheden"), "bp-weerbaar-bestuur", "ede", "in_uitvoering", "2017-03-01"),
  )
  if (refused instanceof Kernel.Refused) console.log(`  ${refused.explain("en")}`)
  else return yield* Effect.die(refused)

  const chain = yield* (yield* Store.EventStore).verify
  console.log(`\n  hash chain: ${chain.intact ? `intact, ${chain.checked} events` : `broken at ${chain.position}`}`)
})

const services = (filename: string, readModels: ReadonlyArray<Store.AnyReadModel>) =>
  Layer.mergeAll(Programme.Programme.layer, Practice.Practices.layer, Practice.Tracks.layer).pipe(
    Layer.provideMerge(Programme.ProgrammeRuntime.layer),
    Layer.provideMerge(SqliteStore.layer({ filename, readModels })),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-01-01T09:00:00Z")),
  )

const folder = mkdtempSync(join(tmpdir(), "weerbaar-municipality-"))
const filename = join(folder, "weerbaar.db")

const main = Effect.gen(function* () {
  console.log("▸ 2016 · the district's year: a pilot in Rheden, an accord, tracks in Rheden and Ede")
  const last = yield* districtYear.pipe(
    Effect.provide(services(filename, [...Route.routeReadModels, ...Practice.practiceReadModels])),
  )
  console.log(`  ${last} events in ${filename.slice(folder.length + 1)}; the file is closed`)

  console.log("\n▸ Rheden's service opens the same file with its own read model")
  yield* rhedenService.pipe(
    Effect.provide(services(filename, [...Route.routeReadModels, ...Practice.practiceReadModels, rhedenMeasures])),
  )
})

Effect.runPromise(main)
  .catch((error) => {
    console.error(error)
    process.exitCode = 1
  })
  .finally(() => rmSync(folder, { recursive: true, force: true }))
