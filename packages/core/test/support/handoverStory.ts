import { decidedRuleBook, meetingOf } from "@weerbaar/core/testing"
import { Effect, Layer, Schema } from "effect"
import {
  Governance,
  Handover,
  type Information,
  Kernel,
  Milestone,
  Practice,
  Programme,
  Route,
  Store,
} from "@weerbaar/core"

/** A store with every service and read model, on a settable clock. */
export const storeLayer = (start = "2016-01-01T09:00:00Z") =>
  Layer.mergeAll(
    Programme.Programme.layer,
    Practice.Practices.layer,
    Practice.Tracks.layer,
    Milestone.Milestones.layer,
    Handover.Handover.layer,
  ).pipe(
    Layer.provideMerge(Programme.ProgrammeRuntime.layer),
    Layer.provideMerge(
      Store.InMemoryEventStore.withReadModels([
        ...Route.routeReadModels,
        ...Practice.practiceReadModels,
        ...Milestone.milestoneReadModels,
      ]),
    ),
    Layer.provideMerge(Store.IdGenerator.sequential),
    Layer.provideMerge(Store.ProgrammeClock.settable(start)),
  )

export const on = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T10:00:00Z`))

export const meeting = (model: Governance.GovernanceModel, body: string, date: string) => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(model, Governance.BodyId.make(body), Kernel.calendarDate(date)),
  rationale: "Besproken en besloten in de vergadering.",
})

/** One practice per theme, with the member of its expert group who documents it and a municipality's actor. */
export const storyPractices: ReadonlyArray<{
  readonly id: string
  readonly theme: Governance.Theme
  readonly title: string
  readonly member: Governance.PersonId
}> = [
  {
    id: "bp-hennepconvenant",
    theme: "ondermijnende-criminaliteit",
    title: "Hennepconvenant",
    member: Governance.PersonId.make("lid-eg-oc-rheden"),
  },
  {
    id: "bp-integriteit-bestuur",
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

export const insights: Information.InsightsBundle = {
  method: {
    name: "lokaal ondermijningsbeeld",
    description: "Gemeente en RIEC brengen samen in kaart hoe ondermijning lokaal uitwerkt, met politie en partners.",
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
      motivates: ["bp-hennepconvenant"],
      shareableSummary: {
        text: "Hennepteelt en OMG's werken lokaal door in vastgoed en horeca: aanknopingspunten voor een bestuurlijke aanpak.",
        approvedOn: Kernel.calendarDate("2016-09-05"),
        approvedBy: "manager-riec",
      },
    },
  ],
}

const line = (amount: number) =>
  new Route.BudgetLine({
    category: "projectleiding",
    organisation: Governance.OrganisationId.make("vggm"),
    year: 2016,
    amount: Kernel.Cents.make(amount),
  })

/**
 * The programme's story up to the handover: a practice per theme inventoried, documented, put in
 * one proposal the DVO accords, executed in municipalities (one exempted), evaluated, and handed
 * over by the Stuurgroep. Returns the package as JSON text.
 */
export const playProgrammeToHandover = (log: (line: string) => void = () => {}) =>
  Effect.gen(function* () {
    const model = Governance.samenWeerbaar()
    const programme = yield* Programme.Programme
    const practices = yield* Practice.Practices
    const tracks = yield* Practice.Tracks
    const handover = yield* Handover.Handover
    const practice = (actor: Governance.PersonId, command: Practice.PracticeCommand) =>
      practices.execute(actor, command)

    yield* on("2016-02-01")
    yield* decidedRuleBook(model)
    for (const p of storyPractices) {
      yield* practice(
        p.member,
        new Practice.RegisterPractice({
          practiceId: Practice.PracticeId.make(p.id),
          theme: p.theme,
          title: p.title,
          description: `${p.title}: een beproefde aanpak.`,
          origin: "elders-nl",
          source: "VNON-expertgroep, 2015",
          intendedEffects: ["minder ondermijning"],
        }),
      )
      yield* practice(
        p.member,
        new Practice.DocumentPractice({
          practiceId: Practice.PracticeId.make(p.id),
          documentation: {
            description: `${p.title} in vaste stappen.`,
            context: "Gemeenten in Gelderland-Midden.",
            conditions: "Een regisseur per gemeente.",
            executionAgreements: "De gemeente voert uit, de expertgroep coördineert.",
          },
        }),
      )
    }
    log("three practices inventoried and documented, one per theme")

    const itemId = Route.ItemId.make("bv-2016-aanpak")
    yield* on("2016-03-01")
    yield* programme.route(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      new Route.DraftItem({
        itemId,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Integrale aanpak 2016",
          description: "De drie maatregelen in heel Gelderland-Midden.",
          budget: [line(4_500_000)],
          practices: storyPractices.map((p) => p.id),
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
        ...meeting(model, "stuurgroep", "2016-04-07"),
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
        ...meeting(model, "dvo", "2016-05-12"),
      }),
    )
    log("the DVO accords the proposal: the practices are geaccordeerd")

    const moveTrack = (
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
    yield* on("2016-06-01")
    for (const p of storyPractices) {
      yield* practice(p.member, new Practice.StartExecution({ practiceId: Practice.PracticeId.make(p.id) }))
      yield* moveTrack(Governance.PersonId.make("burgemeester-rheden"), p.id, "rheden", "gepland", "2016-06-01")
      yield* moveTrack(Governance.PersonId.make("burgemeester-ede"), p.id, "ede", "gepland", "2016-06-01")
    }
    yield* tracks.execute(
      Governance.PersonId.make("secretaris-dvo"),
      new Practice.GrantExemption({
        practiceId: Practice.PracticeId.make("bp-hennepconvenant"),
        municipality: Governance.OrganisationId.make("rozendaal"),
        decisionId: Route.DecisionId.make("dvo-2016-06-vrijstelling"),
        ...meetingOf(Governance.samenWeerbaar(), "dvo", "2016-06-01"),
        reason: "Geen hennepteelt van betekenis.",
      }),
    )
    yield* moveTrack(
      Governance.PersonId.make("burgemeester-rozendaal"),
      "bp-hennepconvenant",
      "rozendaal",
      "niet_relevant",
      "2016-06-01",
      "Vrijgesteld door het DVO.",
    )
    yield* on("2017-03-01")
    for (const p of storyPractices) {
      yield* moveTrack(Governance.PersonId.make("burgemeester-rheden"), p.id, "rheden", "in_uitvoering", "2016-09-01")
      yield* moveTrack(Governance.PersonId.make("burgemeester-rheden"), p.id, "rheden", "geborgd", "2017-03-01")
      yield* moveTrack(Governance.PersonId.make("burgemeester-ede"), p.id, "ede", "in_uitvoering", "2016-10-01")
      yield* practice(
        p.member,
        new Practice.RecordEvaluation({
          practiceId: Practice.PracticeId.make(p.id),
          evaluation: {
            evaluationId: `ev-${p.id}`,
            kind: "uitvoering",
            method: "Vergelijking met gemeenten zonder de maatregel, 2015–2016.",
            findings: "De maatregel werkt en is overdraagbaar.",
            measuredEffects: [{ effect: "meldingen", result: "+30%" }],
            evidenceLevel: "effectief-eerste-aanwijzingen",
            evaluatedOn: Kernel.calendarDate("2017-02-15"),
            evaluatedBy: "Universiteit Twente",
          },
        }),
      )
    }
    log("executed in Rheden and Ede, exempted in Rozendaal, and evaluated")

    const handoverId = Route.ItemId.make("overdracht-2017")
    yield* on("2017-04-01")
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Route.DraftItem({
        itemId: handoverId,
        kind: "overdracht",
        draftingBody: Governance.BodyId.make("stuurgroep"),
        content: {
          title: "Overdracht Samen Weerbaar aan VNON",
          description: "De geëvalueerde Best Practices van de drie thema's.",
          budget: [],
          practices: storyPractices.map((p) => p.id),
        },
      }),
    )
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Route.SubmitItem({ itemId: handoverId }),
    )
    yield* on("2017-04-13")
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Route.RecordDecision({
        itemId: handoverId,
        decisionId: Route.DecisionId.make("sg-2017-04-overdracht"),
        body: Governance.BodyId.make("stuurgroep"),
        outcome: "approve",
        ...meeting(model, "stuurgroep", "2017-04-13"),
      }),
    )
    log("the Stuurgroep decides to hand over: the practices are overgedragen")
    const pkg = yield* handover.createPackage(Governance.PersonId.make("secretaris-stuurgroep"), handoverId, insights)
    return JSON.stringify(Schema.encodeSync(Handover.HandoverPackage)(pkg), null, 2)
  })
