import {
  BudgetLine,
  calendarDate,
  ConfirmPart,
  DecisionId,
  DeliverMilestone,
  DeliverProduct,
  DesignatePilotMunicipality,
  DocumentPractice,
  DraftItem,
  EditItem,
  EndProgramme,
  GrantExemption,
  Handover,
  Health,
  Information,
  ItemId,
  LinkPractice,
  Milestones,
  MilestoneId,
  MoveTrack,
  municipalitiesGelderlandMidden,
  OrganisationId,
  PlanMilestone,
  PracticeId,
  Practices,
  Programme,
  type ProductId,
  RecordDecision,
  RecordEvaluation,
  RegisterPractice,
  ReportSpending,
  StartExecution,
  StartPilot,
  SubmitItem,
  samenWeerbaar,
  samenWeerbaarInformation,
  Tracks,
  type TrackPhase,
  type Theme,
  type EvidenceLevel,
  formatEuro,
} from "@weerbaar/core"
import { Effect } from "effect"
import { forbidden, meeting, type Narration, step, tell } from "./stage.js"

const model = samenWeerbaar()
const hennep = PracticeId.make("bp-integrale-hennepaanpak")
const bibob = PracticeId.make("bp-bibob-beleid")
const ondernemers = PracticeId.make("bp-weerbaar-ondernemen")

const line = (category: string, organisation: string, year: number, euros: number) =>
  new BudgetLine({ category, organisation: organisation as never, year, amount: (euros * 100) as never })

const decision = (
  itemId: string,
  id: string,
  body: string,
  outcome: RecordDecision["outcome"],
  date: string,
  extra = {},
) =>
  new RecordDecision({
    itemId: ItemId.make(itemId),
    decisionId: DecisionId.make(id),
    body: body as never,
    outcome,
    ...meeting(model, body, date, "Besproken en besloten in de vergadering."),
    ...extra,
  })

const practice = (id: PracticeId, theme: Theme, title: string, description: string, source: string) =>
  new RegisterPractice({
    practiceId: id,
    theme,
    title,
    description,
    origin: "elders-nl",
    source,
    intendedEffects: ["minder ondermijnende criminaliteit", "een weerbaardere overheid en samenleving"],
  })

const evaluation = (
  id: PracticeId,
  kind: "pilot" | "uitvoering",
  level: EvidenceLevel,
  date: string,
  findings: string,
) =>
  new RecordEvaluation({
    practiceId: id,
    evaluation: {
      evaluationId: `ev-${kind}-${date}`,
      kind,
      method: kind === "pilot" ? "voor- en nameting in de pilotgemeente" : "vergelijking tussen gemeenten en jaren",
      findings,
      measuredEffects: [{ effect: "signalen die tot een interventie leidden", result: "+35% ten opzichte van 2015" }],
      evidenceLevel: level,
      evaluatedOn: calendarDate(date),
      evaluatedBy: "Universiteit Twente",
    },
  })

/** Who acts for a municipality: its burgemeester (Arnhem's is the voorzitter of the DVO). */
const mayorOf = (municipality: string) =>
  municipality === "arnhem" ? "voorzitter-dvo" : `burgemeester-${municipality}`

/** How fast each municipality executes the hennep measure: a free tempo, one end result. */
const tempo: Record<string, ReadonlyArray<readonly [TrackPhase, string]>> = {
  arnhem: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-01-12"],
    ["geborgd", "2017-09-14"],
  ],
  ede: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-01-12"],
    ["geborgd", "2017-09-14"],
  ],
  zevenaar: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-01-12"],
    ["geborgd", "2017-09-14"],
  ],
  rheden: [
    ["in_uitvoering", "2016-11-03"],
    ["geborgd", "2017-06-01"],
  ],
  duiven: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-04-06"],
  ],
  westervoort: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-04-06"],
  ],
  lingewaard: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-04-06"],
  ],
  overbetuwe: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-04-06"],
  ],
  barneveld: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-06-01"],
  ],
  nijkerk: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-06-01"],
  ],
  wageningen: [
    ["gepland", "2017-01-12"],
    ["in_uitvoering", "2017-09-14"],
  ],
  renkum: [
    ["gepland", "2017-01-12"],
    ["in_uitvoering", "2017-09-14"],
  ],
  doesburg: [["gepland", "2017-01-12"]],
  scherpenzeel: [["gepland", "2017-04-06"]],
}

/** The programme Samen Weerbaar from the Pact van Ellecom to the handover, in its own store. */
export const samenWeerbaarStory = (n: Narration) =>
  Effect.gen(function* () {
    const programme = yield* Programme
    const practices = yield* Practices
    const tracks = yield* Tracks
    const milestones = yield* Milestones
    const information = yield* Information
    const health = yield* Health
    const handover = yield* Handover

    yield* step(n, "2015-09-03", "Pact van Ellecom: the DVO Gelderland-Midden starts Samen Weerbaar")
    yield* programme.adoptModel(model, "secretaris-dvo")
    yield* tell(
      n,
      `governance model adopted: ${model.bodies.length} bodies, ${model.programme.municipalities.length} municipalities`,
    )

    yield* step(
      n,
      "2015-12-01",
      "three information tracks start (DRIO network analysis, RIEC pictures, lokaal beeld Rheden)",
    )
    for (const { actor, command } of samenWeerbaarInformation()) yield* information.execute(actor, command)
    yield* tell(n, `${samenWeerbaarInformation().length} information products registered`)

    yield* step(n, "2016-01-20", "the three expert groups draft their assignments (opdrachten)")
    const groups = [
      ["eg-weerbare-overheid", "trekker-eg-weerbare-overheid", "Weerbare Overheid"],
      ["eg-weerbare-maatschappij", "trekker-eg-weerbare-maatschappij", "Weerbare Maatschappij"],
      ["eg-ondermijnende-criminaliteit", "trekker-eg-ondermijnende-criminaliteit", "Ondermijnende Criminaliteit"],
    ] as const
    for (const [body, trekker, name] of groups) {
      const itemId = ItemId.make(`opdracht-${body}`)
      yield* programme.route(
        trekker,
        new DraftItem({
          itemId,
          kind: "opdracht",
          draftingBody: body as never,
          content: {
            title: `Opdracht Expertgroep ${name}`,
            description: `Uitwerken van beleidsvoorstellen op het thema ${name}.`,
            budget: [],
            practices: [],
          },
        }),
      )
      yield* programme.route(trekker, new SubmitItem({ itemId }))
      yield* tell(n, `${itemId} submitted by ${trekker}`)
    }
    yield* forbidden(
      n,
      "a trekker approves his own assignment on behalf of the Stuurgroep",
      programme.route(
        "trekker-eg-ondermijnende-criminaliteit",
        decision(
          "opdracht-eg-ondermijnende-criminaliteit",
          "besluit-sg-2016-01-eigen",
          "stuurgroep",
          "approve",
          "2016-01-20",
        ),
      ),
    )

    yield* step(n, "2016-02-04", "the Stuurgroep approves the assignments and plans the milestones")
    for (const [body] of groups) {
      yield* programme.route(
        "secretaris-stuurgroep",
        decision(`opdracht-${body}`, `besluit-sg-2016-02-${body}`, "stuurgroep", "approve", "2016-02-04"),
      )
    }
    const plan = [
      ["ms-inventarisatie", "Inventarisatie Best Practices gereed", "inventariseren", "2016-04-01"],
      ["ms-pilots", "Pilots geëvalueerd", "experimenteren", "2016-07-01"],
      ["ms-besloten-sectie", "Besloten sectie op de VNON-website", "uitvoeren", "2016-12-31"],
      ["ms-uitvoering", "Best Practices in uitvoering in alle gemeenten", "uitvoeren", "2017-06-30"],
      ["ms-borging", "Best Practices overgedragen aan het VNON", "borgen", "2018-03-31"],
    ] as const
    for (const [id, title, phase, due] of plan) {
      yield* milestones.execute(
        "secretaris-stuurgroep",
        new PlanMilestone({
          milestoneId: MilestoneId.make(id),
          title,
          phase,
          ownerBody: "stuurgroep" as never,
          dueDate: calendarDate(due),
        }),
      )
    }
    yield* tell(n, `3 assignments approved; ${plan.length} milestones planned`)

    yield* step(n, "2016-03-03", "inventory of Best Practices — beter goed gejat dan slecht bedacht")
    yield* practices.execute(
      "lid-eg-oc-rheden",
      practice(
        hennep,
        "ondermijnende-criminaliteit",
        "Integrale hennepaanpak",
        "Bestuurlijke en strafrechtelijke aanpak van hennepteelt met het hennepconvenant.",
        "Hennepconvenant VNON 2015",
      ),
    )
    yield* practices.execute(
      "lid-eg-wo-arnhem",
      practice(
        bibob,
        "weerbare-overheid",
        "Bibob-beleid in elke gemeente",
        "Een eenduidig Bibob-beleid voor vergunningen in horeca, vastgoed en evenementen.",
        "Landelijk Bureau Bibob",
      ),
    )
    yield* practices.execute(
      "lid-eg-wm-wageningen",
      practice(
        ondernemers,
        "weerbare-maatschappij",
        "Weerbaar ondernemen",
        "Ondernemers herkennen en melden signalen van ondermijning.",
        "Keurmerk Veilig Ondernemen",
      ),
    )
    yield* information.execute(
      "lid-eg-oc-rheden",
      new LinkPractice({ productId: "lokaal-ob-rheden" as ProductId, practiceId: hennep }),
    )
    yield* milestones.execute(
      "secretaris-stuurgroep",
      new DeliverMilestone({
        milestoneId: MilestoneId.make("ms-inventarisatie"),
        deliveredOn: calendarDate("2016-03-03"),
      }),
    )
    yield* tell(
      n,
      "3 candidates in the catalogue, one per theme; the lokaal ondermijningsbeeld Rheden motivates the hennep aanpak",
    )

    yield* step(n, "2016-03-10", "pilot in Rheden: the Stuurgroep designates Rheden, the pilot starts")
    yield* practices.execute(
      "secretaris-stuurgroep",
      new DesignatePilotMunicipality({
        practiceId: hennep,
        municipality: OrganisationId.make("rheden"),
        decisionId: DecisionId.make("besluit-sg-2016-03-pilot-rheden"),
        meetingDate: calendarDate("2016-03-10"),
      }),
    )
    yield* practices.execute("trekker-eg-ondermijnende-criminaliteit", new StartPilot({ practiceId: hennep }))
    yield* tracks.execute(
      "burgemeester-rheden",
      new MoveTrack({
        practiceId: hennep,
        municipality: OrganisationId.make("rheden"),
        to: "pilot",
        on: calendarDate("2016-03-10"),
      }),
    )
    yield* tell(n, "Rheden pilots the integrale hennepaanpak")
    yield* forbidden(
      n,
      "Ede starts a pilot of its own before the accord, without the Stuurgroep's designation",
      tracks.execute(
        "burgemeester-ede",
        new MoveTrack({
          practiceId: hennep,
          municipality: OrganisationId.make("ede"),
          to: "pilot",
          on: calendarDate("2016-03-10"),
        }),
      ),
    )

    yield* step(n, "2016-06-30", "the pilot is evaluated; the RIEC delivers the lokaal ondermijningsbeeld Rheden")
    yield* practices.execute(
      "lid-eg-oc-rheden",
      evaluation(
        hennep,
        "pilot",
        "goed-onderbouwd",
        "2016-06-30",
        "Meer meldingen en snellere ontmanteling van kwekerijen in Rheden.",
      ),
    )
    yield* information.execute(
      "manager-riec",
      new DeliverProduct({
        productId: "lokaal-ob-rheden" as ProductId,
        deliveredOn: calendarDate("2016-06-30"),
        content: { title: "Lokaal ondermijningsbeeld Rheden", summary: "Bevindingen van de pilot." },
      }),
    )
    yield* milestones.execute(
      "secretaris-stuurgroep",
      new DeliverMilestone({ milestoneId: MilestoneId.make("ms-pilots"), deliveredOn: calendarDate("2016-06-30") }),
    )
    yield* tell(n, "bp-integrale-hennepaanpak is beproefd")

    const voorstel = ItemId.make("bv-hennep-2016")
    const content = (budget: ReadonlyArray<BudgetLine>) => ({
      title: "Integrale aanpak hennepteelt in Gelderland-Midden",
      description: "De aanpak uit de pilot in Rheden in alle gemeenten, met onderzoek naar de effecten.",
      budget,
      practices: [hennep],
    })
    yield* step(n, "2016-07-04", "the Expertgroep Ondermijnende Criminaliteit drafts a proposal with a budget")
    yield* programme.route(
      "lid-eg-oc-rheden",
      new DraftItem({
        itemId: voorstel,
        kind: "beleidsvoorstel",
        draftingBody: "eg-ondermijnende-criminaliteit" as never,
        content: content([
          line("projectleiding", "politie-oost-nederland", 2016, 40_000),
          line("communicatie", "vggm", 2016, 15_000),
        ]),
      }),
    )
    yield* programme.route("trekker-eg-ondermijnende-criminaliteit", new SubmitItem({ itemId: voorstel }))
    yield* tell(n, `${voorstel} submitted: ${formatEuro(5_500_000)}`)

    yield* step(n, "2016-07-14", "the Stuurgroep returns the proposal with remarks")
    yield* programme.route(
      "secretaris-stuurgroep",
      decision(voorstel, "besluit-sg-2016-07-terug", "stuurgroep", "return", "2016-07-14", {
        remarks: "Begroot ook onderzoek naar de effecten, en verlaag de projectleiding.",
      }),
    )
    yield* tell(n, "returned: version 2 starts the route again")

    yield* step(n, "2016-07-26", "the expert group revises and resubmits")
    yield* programme.route(
      "lid-eg-oc-rheden",
      new EditItem({
        itemId: voorstel,
        content: content([
          line("projectleiding", "politie-oost-nederland", 2016, 30_000),
          line("onderzoek", "riec-oost-nederland", 2017, 15_000),
          line("communicatie", "vggm", 2016, 10_000),
        ]),
      }),
    )
    yield* programme.route("trekker-eg-ondermijnende-criminaliteit", new SubmitItem({ itemId: voorstel }))
    yield* forbidden(
      n,
      "the DVO accords the revised proposal before the Stuurgroep approved it",
      programme.route(
        "secretaris-dvo",
        decision(voorstel, "besluit-dvo-2016-07-te-vroeg", "dvo", "accord", "2016-07-26"),
      ),
    )

    const bibobVoorstel = ItemId.make("bv-bibob-2016")
    yield* step(n, "2016-08-15", "the Expertgroep Weerbare Overheid proposes Bibob-beleid in every municipality")
    yield* programme.route(
      "lid-eg-wo-arnhem",
      new DraftItem({
        itemId: bibobVoorstel,
        kind: "beleidsvoorstel",
        draftingBody: "eg-weerbare-overheid" as never,
        content: {
          title: "Bibob-beleid in elke gemeente",
          description: "Een gezamenlijk Bibob-beleid met ondersteuning door het RIEC.",
          budget: [line("projectleiding", "arnhem", 2017, 20_000), line("platform", "vggm", 2017, 5_000)],
          practices: [bibob],
        },
      }),
    )
    yield* programme.route("trekker-eg-weerbare-overheid", new SubmitItem({ itemId: bibobVoorstel }))

    yield* step(n, "2016-09-08", "the Stuurgroep approves both proposals and offers them to the DVO")
    yield* programme.route(
      "secretaris-stuurgroep",
      decision(voorstel, "besluit-sg-2016-09-hennep", "stuurgroep", "approve", "2016-09-08"),
    )
    yield* programme.route(
      "secretaris-stuurgroep",
      decision(bibobVoorstel, "besluit-sg-2016-09-bibob", "stuurgroep", "approve", "2016-09-08"),
    )

    yield* step(n, "2016-10-13", "the DVO accords both proposals: binding agreements for the district")
    yield* programme.route(
      "secretaris-dvo",
      decision(voorstel, "besluit-dvo-2016-10-hennep", "dvo", "accord", "2016-10-13"),
    )
    yield* programme.route(
      "secretaris-dvo",
      decision(bibobVoorstel, "besluit-dvo-2016-10-bibob", "dvo", "accord", "2016-10-13"),
    )
    const budget = yield* programme.budget
    yield* tell(n, `accorded; committed ${formatEuro(budget.committed)} of ${formatEuro(budget.available)}`)

    yield* step(n, "2016-10-20", "execution starts; the partners confirm their parts")
    yield* practices.execute("trekker-eg-ondermijnende-criminaliteit", new StartExecution({ practiceId: hennep }))
    yield* practices.execute("trekker-eg-weerbare-overheid", new StartExecution({ practiceId: bibob }))
    for (const [actor, organisation] of [
      ["teamchef-politie", "politie-oost-nederland"],
      ["manager-riec", "riec-oost-nederland"],
      ["ondersteuning-communicatie", "vggm"],
    ] as const) {
      yield* health.confirmPart(
        actor,
        new ConfirmPart({ itemId: voorstel, organisation: OrganisationId.make(organisation) }),
      )
    }
    yield* tell(n, "politie, RIEC and Veiligheidsregio confirm their part of the hennep aanpak")

    const waves = [...new Set(Object.values(tempo).flatMap((moves) => moves.map(([, on]) => on)))].sort()
    for (const wave of waves) {
      yield* step(n, wave, "municipalities move their tracks of the hennep aanpak, each at its own tempo")
      for (const [municipality, moves] of Object.entries(tempo)) {
        for (const [to, on] of moves.filter(([, on]) => on === wave)) {
          yield* tracks.execute(
            mayorOf(municipality),
            new MoveTrack({
              practiceId: hennep,
              municipality: OrganisationId.make(municipality),
              to,
              on: calendarDate(on),
            }),
          )
          yield* tell(n, `${municipality}: ${to}`)
        }
      }
      if (wave === "2016-12-01") {
        yield* forbidden(
          n,
          "Rozendaal sets the accorded measure aside as not relevant without the DVO's exemption",
          tracks.execute(
            "burgemeester-rozendaal",
            new MoveTrack({
              practiceId: hennep,
              municipality: OrganisationId.make("rozendaal"),
              to: "niet_relevant",
              on: calendarDate(wave),
              reason: "Geen buitengebied met bedrijfspanden.",
            }),
          ),
        )
        yield* tracks.execute(
          "secretaris-dvo",
          new GrantExemption({
            practiceId: hennep,
            municipality: OrganisationId.make("rozendaal"),
            decisionId: DecisionId.make("besluit-dvo-2016-12-rozendaal"),
            meetingDate: calendarDate(wave),
            reason: "Hennepteelt komt in Rozendaal niet voor: geen buitengebied met bedrijfspanden.",
          }),
        )
        yield* tracks.execute(
          "burgemeester-rozendaal",
          new MoveTrack({
            practiceId: hennep,
            municipality: OrganisationId.make("rozendaal"),
            to: "niet_relevant",
            on: calendarDate(wave),
            reason: "Hennepteelt komt in Rozendaal niet voor: geen buitengebied met bedrijfspanden.",
          }),
        )
        yield* tell(n, "rozendaal: niet_relevant, with the DVO's exemption and its reason")
      }
      if (wave === "2017-01-12") {
        for (const municipality of ["arnhem", "ede", "rheden", "wageningen", "nijkerk"]) {
          yield* tracks.execute(
            mayorOf(municipality),
            new MoveTrack({
              practiceId: bibob,
              municipality: OrganisationId.make(municipality),
              to: "gepland",
              on: calendarDate(wave),
            }),
          )
        }
        yield* health.reportSpending(
          "teamchef-politie",
          new ReportSpending({
            itemId: voorstel,
            line: {
              category: "projectleiding",
              organisation: OrganisationId.make("politie-oost-nederland"),
              year: 2016,
            },
            amount: 1_800_000 as never,
            spentOn: calendarDate("2016-12-20"),
            description: "Projectleiding integrale hennepaanpak 2016",
          }),
        )
        yield* tell(n, "Bibob-beleid planned in 5 municipalities; € 18.000 spent on projectleiding")
      }
      if (wave === "2017-06-01") {
        for (const municipality of ["arnhem", "ede"]) {
          yield* tracks.execute(
            mayorOf(municipality),
            new MoveTrack({
              practiceId: bibob,
              municipality: OrganisationId.make(municipality),
              to: "in_uitvoering",
              on: calendarDate(wave),
            }),
          )
        }
      }
    }
    yield* milestones.execute(
      "secretaris-stuurgroep",
      new DeliverMilestone({
        milestoneId: MilestoneId.make("ms-uitvoering"),
        deliveredOn: calendarDate("2017-09-14"),
        note: "Later dan gepland: de laatste gemeenten plannen nog.",
      }),
    )

    yield* step(n, "2017-10-12", "the execution is evaluated and the Best Practices documented")
    for (const [id, actor] of [
      [hennep, "lid-eg-oc-rheden"],
      [bibob, "lid-eg-wo-arnhem"],
    ] as const) {
      yield* practices.execute(
        actor,
        evaluation(
          id,
          "uitvoering",
          "effectief-eerste-aanwijzingen",
          "2017-10-12",
          "Effecten zichtbaar in de gemeenten die het langst uitvoeren.",
        ),
      )
      yield* practices.execute(
        actor,
        new DocumentPractice({
          practiceId: id,
          documentation: {
            description: "Beschrijving van de aanpak zoals uitgevoerd in Gelderland-Midden.",
            context: "Gemeenten van elke omvang, met RIEC-ondersteuning.",
            conditions: "Een trekker per gemeente, afspraken met politie en OM, budget voor projectleiding.",
            executionAgreements: "Gemeente voert uit, politie en OM leveren informatie, het RIEC adviseert.",
          },
        }),
      )
    }
    yield* tell(n, "both measures geevalueerd, evidence: effectief-eerste-aanwijzingen")

    const overdracht = ItemId.make("overdracht-2018")
    yield* step(n, "2018-01-18", "handover: the Stuurgroep decides to hand the Best Practices over to the VNON")
    yield* programme.route(
      "burgemeester-westervoort",
      new DraftItem({
        itemId: overdracht,
        kind: "overdracht",
        draftingBody: "stuurgroep" as never,
        content: {
          title: "Overdracht Best Practices Samen Weerbaar",
          description: "De geëvalueerde Best Practices, als concept voor het VNON.",
          budget: [],
          practices: [hennep, bibob],
        },
      }),
    )
    yield* programme.route("burgemeester-westervoort", new SubmitItem({ itemId: overdracht }))
    yield* programme.route(
      "secretaris-stuurgroep",
      decision(overdracht, "besluit-sg-2018-01-overdracht", "stuurgroep", "approve", "2018-01-18"),
    )
    const pkg = yield* handover.createPackage("secretaris-stuurgroep", overdracht, yield* information.insightsBundle)
    yield* tell(
      n,
      `package ${overdracht} made: ${pkg.content.practices.length} Best Practices, digest ${pkg.digest.slice(0, 16)}…`,
    )
    yield* forbidden(
      n,
      "the programme ends while the theme Weerbare Maatschappij has handed nothing over",
      handover.endProgramme(
        "secretaris-dvo",
        new EndProgramme({
          decisionId: DecisionId.make("besluit-sg-2018-01-einde"),
          meetingDate: calendarDate("2018-01-18"),
          rationale: "Alle Best Practices overgedragen.",
        }),
      ),
    )
    yield* milestones.execute(
      "secretaris-stuurgroep",
      new DeliverMilestone({ milestoneId: MilestoneId.make("ms-borging"), deliveredOn: calendarDate("2018-01-18") }),
    )
    return pkg
  })

/** The municipalities of the district, for the demo's summary. */
export const districtMunicipalities = municipalitiesGelderlandMidden
