import { decidedRuleBook } from "@weerbaar/core/testing"
// From Samen Weerbaar to VNON: Best Practices inventoried, piloted, accorded, executed per
// municipality, evaluated and handed over as a verified package that VNON imports into its own
// store, where the BBG proposes and the RVO agrees; VNON's expert group then evaluates, revises and
// executes a practice it took over, and a programme expert joins it with their history.
// Run: npx tsx examples/vnon-handover/main.ts
import { Effect, Layer, Schema } from "effect"
import { Governance, Handover, type Information, Kernel, Practice, Programme, Route, Store } from "@weerbaar/core"

const store = () =>
  Layer.mergeAll(
    Programme.Programme.layer,
    Practice.Practices.layer,
    Practice.Tracks.layer,
    Handover.Handover.layer,
  ).pipe(
    Layer.provideMerge(Programme.ProgrammeRuntime.layer),
    Layer.provideMerge(
      Store.InMemoryEventStore.withReadModels([...Route.routeReadModels, ...Practice.practiceReadModels]),
    ),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable("2016-01-01T09:00:00Z")),
  )

const step = (text: string) => console.log(`\n▸ ${text}`)
const on = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T10:00:00Z`))
const meeting = (model: Governance.GovernanceModel, body: string, date: string) => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(model, Governance.BodyId.make(body), Kernel.calendarDate(date)),
  rationale: "Besproken en besloten in de vergadering.",
})
const decide = (
  model: Governance.GovernanceModel,
  itemId: string,
  body: string,
  outcome: "approve" | "accord",
  id: string,
  date: string,
) =>
  new Route.RecordDecision({
    itemId: Route.ItemId.make(itemId),
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...meeting(model, body, date),
  })

const practices: ReadonlyArray<{ id: string; theme: Governance.Theme; title: string; member: Governance.PersonId }> = [
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
  {
    id: "bp-keurmerk-ondernemen",
    theme: "weerbare-maatschappij",
    title: "Keurmerk Veilig Ondernemen",
    member: Governance.PersonId.make("lid-eg-wm-wageningen"),
  },
]

const insights: Information.InsightsBundle = {
  method: {
    name: "lokaal ondermijningsbeeld",
    description: "Gemeente en RIEC brengen samen in kaart hoe ondermijning lokaal uitwerkt.",
    coordinator: "RIEC Oost-Nederland",
  },
  products: [
    {
      productId: "lob-rheden-2016",
      kind: "lokaal-ondermijningsbeeld",
      producer: "RIEC Oost-Nederland",
      scope: "rheden",
      themes: ["ondermijnende-criminaliteit"],
      classification: "vertrouwelijk",
      deliveredOn: Kernel.calendarDate("2016-09-01"),
      motivates: ["bp-lokaal-ondermijningsbeeld"],
      // What the RIEC approved to share with VNON in place of the confidential content.
      shareableSummary: {
        text: "OMG's en drugs werken in Rheden door in vastgoed en horeca; aanknopingspunten voor een bestuurlijke aanpak.",
        approvedOn: Kernel.calendarDate("2016-09-05"),
        approvedBy: "manager-riec",
      },
    },
  ],
}

/** Samen Weerbaar, up to the package. */
const programmeSide = Effect.gen(function* () {
  const model = Governance.samenWeerbaar()
  const programme = yield* Programme.Programme
  const catalogue = yield* Practice.Practices
  const tracks = yield* Practice.Tracks
  const handover = yield* Handover.Handover
  const move = (
    actor: Governance.PersonId,
    id: string,
    municipality: string,
    to: Practice.TrackPhase,
    date: string,
    reason?: string,
  ) =>
    tracks.execute(
      actor,
      new Practice.MoveTrack({
        practiceId: Practice.PracticeId.make(id),
        municipality: Governance.OrganisationId.make(municipality),
        to,
        on: Kernel.calendarDate(date),
        ...(reason === undefined ? {} : { reason }),
      }),
    )

  step("2016-02-01 · the expert groups inventory a Best Practice per theme and document it")
  yield* on("2016-02-01")
  // The programme plan's route: the Stuurgroep proposes it, the DVO decides (see examples/embed-core).
  yield* decidedRuleBook(model)
  for (const p of practices) {
    const practiceId = Practice.PracticeId.make(p.id)
    yield* catalogue.execute(
      p.member,
      new Practice.RegisterPractice({
        practiceId,
        theme: p.theme,
        title: p.title,
        description: `${p.title}: een aanpak die elders al werkte.`,
        origin: "elders-nl",
        source: "Expertgroep Ondermijning VNON",
        intendedEffects: ["minder ondermijning"],
      }),
    )
    yield* catalogue.execute(
      p.member,
      new Practice.DocumentPractice({
        practiceId,
        documentation: {
          description: `${p.title} in vaste stappen.`,
          context: "Gemeenten in Gelderland-Midden.",
          conditions: "Een regisseur per gemeente; gegevensdeling via het RIEC.",
          executionAgreements: "De gemeente voert uit, de expertgroep coördineert en monitort.",
        },
      }),
    )
    console.log(`  ${p.id} (${p.theme}): kandidaat`)
  }

  step("2016-02-15 · the Stuurgroep designates Rheden as pilot municipality for the lokaal ondermijningsbeeld")
  yield* on("2016-02-15")
  const ondermijningsbeeld = Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld")
  const early = yield* Effect.flip(
    move(Governance.PersonId.make("burgemeester-rheden"), ondermijningsbeeld, "rheden", "pilot", "2016-02-15"),
  )
  // A pilot of a municipality's own initiative is signalled in the preset, and asks its reason.
  if (early instanceof Kernel.Refused) console.log(`  before the designation: ${early.explain("en")}`)
  yield* catalogue.execute(
    Governance.PersonId.make("secretaris-stuurgroep"),
    new Practice.DesignatePilotMunicipality({
      practiceId: ondermijningsbeeld,
      municipality: Governance.OrganisationId.make("rheden"),
      decisionId: Route.DecisionId.make("sg-2016-02-pilot"),
      meetingDate: Kernel.calendarDate("2016-02-15"),
      // Decided in the Stuurgroep's meeting, every member present.
      attendance: Governance.votingMembersOn(
        Governance.samenWeerbaar(),
        Governance.BodyId.make("stuurgroep"),
        Kernel.calendarDate("2016-02-15"),
      ),
      rationale: "Rheden heeft de aanpak in voorbereiding.",
    }),
  )
  yield* catalogue.execute(
    Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
    new Practice.StartPilot({ practiceId: ondermijningsbeeld }),
  )
  yield* move(Governance.PersonId.make("burgemeester-rheden"), ondermijningsbeeld, "rheden", "pilot", "2016-02-15")
  console.log("  Rheden's track: pilot")

  step("2016-04-01 · the pilot is evaluated: the practice is beproefd")
  yield* on("2016-04-01")
  yield* catalogue.execute(
    Governance.PersonId.make("lid-eg-oc-rheden"),
    new Practice.RecordEvaluation({
      practiceId: ondermijningsbeeld,
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

  step("2016-05-12 · a beleidsvoorstel with the three practices: Stuurgroep approves, DVO accords")
  const proposal = "bv-2016-aanpak"
  yield* on("2016-04-05")
  yield* programme.route(
    Governance.PersonId.make("lid-eg-oc-rheden"),
    new Route.DraftItem({
      itemId: Route.ItemId.make(proposal),
      kind: "beleidsvoorstel",
      draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
      content: {
        title: "Integrale aanpak 2016",
        description: "Drie maatregelen in heel Gelderland-Midden.",
        budget: [
          new Route.BudgetLine({
            category: "projectleiding",
            organisation: Governance.OrganisationId.make("vggm"),
            year: 2016,
            amount: Kernel.Cents.make(4_500_000),
          }),
        ],
        practices: practices.map((p) => p.id),
      },
    }),
  )
  yield* programme.route(
    Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
    new Route.SubmitItem({ itemId: Route.ItemId.make(proposal) }),
  )
  console.log(`  submitted: ${(yield* catalogue.catalogue).map((p) => `${p.practiceId} ${p.status}`).join(", ")}`)
  yield* on("2016-04-07")
  yield* programme.route(
    Governance.PersonId.make("secretaris-stuurgroep"),
    decide(model, proposal, "stuurgroep", "approve", "sg-2016-04", "2016-04-07"),
  )
  yield* on("2016-05-12")
  yield* programme.route(
    Governance.PersonId.make("secretaris-dvo"),
    decide(model, proposal, "dvo", "accord", "dvo-2016-05", "2016-05-12"),
  )
  console.log(`  accorded: ${(yield* catalogue.catalogue).map((p) => `${p.practiceId} ${p.status}`).join(", ")}`)

  step(
    "2016-06 … 2017-03 · execution per municipality at its own tempo; Rozendaal's niet_relevant signalled to the DVO",
  )
  yield* on("2016-06-01")
  for (const p of practices) {
    yield* catalogue.execute(p.member, new Practice.StartExecution({ practiceId: Practice.PracticeId.make(p.id) }))
    if (p.id !== "bp-lokaal-ondermijningsbeeld")
      yield* move(Governance.PersonId.make("burgemeester-rheden"), p.id, "rheden", "gepland", "2016-06-01")
    yield* move(Governance.PersonId.make("burgemeester-ede"), p.id, "ede", "gepland", "2016-06-01")
  }
  // The preset signals an accorded measure set aside with its reason to the DVO (comply or explain).
  const undone = yield* move(
    Governance.PersonId.make("burgemeester-rozendaal"),
    ondermijningsbeeld,
    "rozendaal",
    "niet_relevant",
    "2016-06-01",
    "Het lokaal ondermijningsbeeld van Rheden dekt Rozendaal mee.",
  )
  console.log(`  Rozendaal with its reason: signalled ${undone.signals.map((v) => v.code).join(", ")}`)
  yield* on("2017-03-01")
  for (const p of practices) {
    yield* move(Governance.PersonId.make("burgemeester-rheden"), p.id, "rheden", "in_uitvoering", "2016-09-01")
    yield* move(Governance.PersonId.make("burgemeester-rheden"), p.id, "rheden", "geborgd", "2017-03-01")
    yield* move(Governance.PersonId.make("burgemeester-ede"), p.id, "ede", "in_uitvoering", "2016-10-01")
  }
  const picture = yield* catalogue.phasePicture
  console.log(
    `  tracks: ${JSON.stringify(picture.overall.tracks)}; active phases: ${picture.overall.active.join(", ")}`,
  )

  step("2017-03-01 · the execution is evaluated at the required evidence level")
  for (const p of practices) {
    yield* catalogue.execute(
      p.member,
      new Practice.RecordEvaluation({
        practiceId: Practice.PracticeId.make(p.id),
        evaluation: {
          evaluationId: `ev-uitvoering-${p.id}`,
          kind: "uitvoering",
          method: "Vergelijking met gemeenten zonder de maatregel, 2015–2016",
          findings: "De maatregel werkt en is overdraagbaar.",
          measuredEffects: [{ effect: "meldingen", result: "+30%" }],
          evidenceLevel: "effectief-eerste-aanwijzingen",
          evaluatedOn: Kernel.calendarDate("2017-02-15"),
          evaluatedBy: "Universiteit Twente",
        },
      }),
    )
  }

  step("2017-04-13 · the Stuurgroep decides to hand over; the package is made")
  const overdracht = Route.ItemId.make("overdracht-2017")
  yield* on("2017-04-01")
  yield* programme.route(
    Governance.PersonId.make("secretaris-stuurgroep"),
    new Route.DraftItem({
      itemId: overdracht,
      kind: "overdracht",
      draftingBody: Governance.BodyId.make("stuurgroep"),
      content: {
        title: "Overdracht Samen Weerbaar aan VNON",
        description: "De geëvalueerde Best Practices van de drie thema's.",
        budget: [],
        practices: practices.map((p) => p.id),
      },
    }),
  )
  yield* programme.route(
    Governance.PersonId.make("secretaris-stuurgroep"),
    new Route.SubmitItem({ itemId: overdracht }),
  )
  yield* on("2017-04-13")
  yield* programme.route(
    Governance.PersonId.make("secretaris-stuurgroep"),
    decide(model, overdracht, "stuurgroep", "approve", "sg-2017-04-overdracht", "2017-04-13"),
  )
  const pkg = yield* handover.createPackage(Governance.PersonId.make("secretaris-stuurgroep"), overdracht, insights)
  console.log(
    `  package version ${pkg.packageVersion}, ${pkg.content.practices.length} practices, sha-256 ${pkg.digest.slice(0, 16)}…`,
  )
  console.log(
    Handover.renderHandoverMarkdown(pkg)
      .split("\n")
      .slice(0, 4)
      .map((l) => `  | ${l}`)
      .join("\n"),
  )

  step("2017-04-13 · the DVO ends the programme: every theme handed over, nothing on its route")
  const ended = yield* handover.endProgramme(
    Governance.PersonId.make("secretaris-dvo"),
    new Handover.EndProgramme({
      decisionId: Route.DecisionId.make("dvo-2017-04-einde"),
      meetingDate: Kernel.calendarDate("2017-04-13"),
      // Decided in the DVO's meeting, every member present.
      attendance: Governance.votingMembersOn(
        Governance.samenWeerbaar(),
        Governance.BodyId.make("dvo"),
        Kernel.calendarDate("2017-04-13"),
      ),
      rationale: "De doorontwikkeling gaat over naar de Expertgroep Ondermijning VNON.",
    }),
  )
  console.log(`  ${ended.events[0]?.type}`)
  return JSON.stringify(Schema.encodeSync(Handover.HandoverPackage)(pkg))
})

/** VNON's own store, with VNON's governance model. */
const networkSide = (text: string) =>
  Effect.gen(function* () {
    const model = Governance.vnonNetwerk()
    const programme = yield* Programme.Programme
    const handover = yield* Handover.Handover
    const catalogue = yield* Practice.Practices
    yield* on("2017-05-01")
    // The programme plan's route: the Stuurgroep proposes it, the DVO decides (see examples/embed-core).
    yield* decidedRuleBook(model)

    step("2017-05-01 · VNON's store refuses a tampered package and imports nothing")
    const tampered = JSON.parse(text)
    tampered.content.practices[0].evaluations[0].evidenceLevel = "effectief-sterke-aanwijzingen"
    const refused = yield* Effect.flip(
      handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), tampered),
    )
    console.log(`  ${refused.message}`)
    console.log(`  catalogue: ${(yield* catalogue.catalogue).length} practices`)

    step("2017-05-01 · the Expertgroep Ondermijning VNON imports the package: practices as concepts")
    yield* handover.importPackage(Governance.PersonId.make("secretaris-eg-ondermijning-vnon"), JSON.parse(text))
    console.log(`  ${(yield* catalogue.catalogue).map((p) => `${p.practiceId} ${p.status}`).join(", ")}`)
    yield* programme.route(
      Governance.PersonId.make("secretaris-eg-ondermijning-vnon"),
      new Route.SubmitItem({ itemId: Route.ItemId.make("overdracht-2017") }),
    )

    step("2017-06-01 · the BBG proposes it to the RVO")
    yield* on("2017-06-01")
    yield* programme.route(
      Governance.PersonId.make("secretaris-bbg"),
      decide(model, "overdracht-2017", "bbg", "approve", "bbg-2017-06", "2017-06-01"),
    )

    step("2017-06-22 · the RVO agrees for all of Oost-Nederland")
    yield* on("2017-06-22")
    yield* programme.route(
      Governance.PersonId.make("secretaris-rvo"),
      decide(model, "overdracht-2017", "rvo", "accord", "rvo-2017-06", "2017-06-22"),
    )
    for (const p of yield* catalogue.catalogue) {
      console.log(
        `  ${p.practiceId}: ${p.status} (accord ${p.accord?.decisionId}, handover ${p.handover?.decisionId}, agreement ${p.agreement?.decisionId})`,
      )
    }

    step(
      "2017-09-01 · VNON develops the lokaal ondermijningsbeeld further: it evaluates, revises and starts it in Deventer",
    )
    yield* on("2017-09-01")
    const ondermijningsbeeld = Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld")
    const chair = Governance.PersonId.make("burgemeester-deventer")
    yield* catalogue.execute(
      chair,
      new Practice.StartExecution({ practiceId: ondermijningsbeeld, startedOn: Kernel.calendarDate("2017-07-01") }),
    )
    yield* catalogue.execute(
      Governance.PersonId.make("lid-eg-ondermijning-vnon-riec"),
      new Practice.RecordEvaluation({
        practiceId: ondermijningsbeeld,
        evaluation: {
          evaluationId: "ev-vnon-2017-08",
          kind: "uitvoering",
          method: "vergelijking tussen de districten",
          findings: "In IJsselland en Twente even werkzaam als in Gelderland-Midden.",
          measuredEffects: [{ effect: "signalen die tot een interventie leidden", result: "+25% in IJsselland" }],
          evidenceLevel: "effectief-goede-aanwijzingen",
          evaluatedOn: Kernel.calendarDate("2017-08-31"),
          evaluatedBy: "RIEC Oost-Nederland",
        },
      }),
    )
    yield* catalogue.execute(
      chair,
      new Practice.RevisePractice({
        practiceId: ondermijningsbeeld,
        title: "Lokaal ondermijningsbeeld Oost-Nederland",
        documentation: {
          description: "Het lokale beeld in vaste stappen, per district, met regionale thema's.",
          context: "Gemeenten in heel Oost-Nederland.",
          conditions: "Een regisseur per gemeente; een coördinator per district.",
          executionAgreements: "De gemeente voert uit, de Expertgroep Ondermijning VNON coördineert.",
        },
        reason: "Na de evaluatie aangepast aan de vijf districten.",
      }),
    )
    const tracks = yield* Practice.Tracks
    for (const [to, date] of [
      ["gepland", "2017-09-01"],
      ["in_uitvoering", "2017-09-01"],
    ] as const) {
      yield* tracks.execute(
        chair,
        new Practice.MoveTrack({
          practiceId: ondermijningsbeeld,
          municipality: Governance.OrganisationId.make("deventer"),
          to,
          on: Kernel.calendarDate(date),
        }),
      )
    }
    const revised = yield* catalogue.practice(ondermijningsbeeld)
    const lineage = revised.exists ? Practice.practiceLineage(revised) : undefined
    console.log(`  ${ondermijningsbeeld}: ${revised.exists ? revised.status : "?"}, version ${lineage?.currentVersion}`)
    for (const v of lineage?.versions ?? []) console.log(`    v${v.version} ${v.by}: ${v.reason}`)
    console.log(`    from ${lineage?.from.programme}, package sha-256 ${lineage?.from.packageDigest.slice(0, 16)}…`)

    step("2017-09-01 · a member of the programme's expert group joins VNON's, with their history")
    const pkg = Schema.decodeUnknownSync(Handover.HandoverPackage)(JSON.parse(text))
    const joined = Handover.withJoinedExpert(yield* programme.model, {
      package: pkg,
      person: "lid-eg-oc-rheden",
      body: "eg-ondermijning-vnon",
      role: "lid",
      from: Kernel.calendarDate("2017-09-01"),
    })
    if (joined._tag === "Left") return yield* joined.left
    yield* programme.adoptModel(joined.right, chair)
    const tree = Governance.renderGovernanceTree(yield* programme.model, Kernel.calendarDate("2017-09-01"))
    for (const line of tree.split("\n").filter((l) => l.includes("(eerder in") || l.includes("↔"))) {
      console.log(`  ${line.trim()}`)
    }
  })

const main = Effect.gen(function* () {
  const text = yield* programmeSide.pipe(Effect.provide(store()))
  yield* networkSide(text).pipe(Effect.provide(store()))
})

Effect.runPromise(main).catch((error) => {
  console.error(error)
  process.exitCode = 1
})
