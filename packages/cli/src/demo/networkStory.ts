import { Governance, Handover, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { Effect, Either } from "effect"
import { meeting, type Narration, step, tell } from "./stage.js"

const model = Governance.vnonNetwerk()

const decision = (itemId: string, id: string, body: string, outcome: Route.RecordDecision["outcome"], date: string) =>
  new Route.RecordDecision({
    itemId: Route.ItemId.make(itemId),
    decisionId: Route.DecisionId.make(id),
    body: Governance.BodyId.make(body),
    outcome,
    ...meeting(model, body, date, "Besproken en besloten in de vergadering."),
  })

// The network's store holds the rule book the RVO decided: the BBG proposes VNON's plan, the RVO approves it.
const theNetworksPlan = (programme: typeof Programme.Programme.Service) =>
  Effect.gen(function* () {
    const bbg = Governance.PersonId.make("secretaris-bbg")
    const rvo = Governance.PersonId.make("secretaris-rvo")
    const planId = Route.ItemId.make("programmaplan-vnon")
    yield* programme.adoptModel(model, bbg)
    yield* programme.route(
      bbg,
      new Route.DraftItem({
        itemId: planId,
        kind: "programmaplan",
        draftingBody: Governance.BodyId.make("bbg"),
        content: {
          title: "Werkplan VNON",
          description: "Het werkplan van het netwerk met zijn bestuursmodel.",
          budget: [],
          practices: [],
          proposedModel: Governance.modelFingerprint(model),
        },
      }),
    )
    yield* programme.route(bbg, new Route.SubmitItem({ itemId: planId }))
    yield* programme.route(rvo, decision(planId, "besluit-rvo-werkplan", "rvo", "approve", "2018-02-01"))
    yield* programme.adoptModel(model, rvo, {
      decision: { itemId: planId, decisionId: Route.DecisionId.make("besluit-rvo-werkplan") },
    })
  })

/** The network's side: VNON imports the package, the BBG proposes it, the RVO agrees for Oost-Nederland. */
export const networkStory = (n: Narration, pkg: Handover.HandoverPackage) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const handover = yield* Handover.Handover
    const itemId = pkg.content.handoverId

    yield* step(n, "2018-02-01", "the Expertgroep Ondermijning VNON imports the package into the network's own store")
    yield* theNetworksPlan(programme)
    // The package travels as a JSON document, as a file between two organisations would.
    yield* handover.importPackage(
      Governance.PersonId.make("secretaris-eg-ondermijning-vnon"),
      JSON.parse(JSON.stringify(pkg)),
    )
    yield* programme.route(
      Governance.PersonId.make("burgemeester-deventer"),
      new Route.SubmitItem({ itemId: Route.ItemId.make(itemId) }),
    )
    yield* tell(n, `package verified (digest ${pkg.digest.slice(0, 16)}…) and imported; ${itemId} submitted to the BBG`)

    yield* step(n, "2018-02-15", "a member of the programme's Expertgroep Ondermijnende Criminaliteit joins VNON's")
    const joined = Handover.withJoinedExpert(yield* programme.model, {
      package: pkg,
      person: "lid-eg-oc-riec",
      body: "eg-ondermijning-vnon",
      role: "lid",
      from: Kernel.calendarDate("2018-02-15"),
    })
    if (Either.isLeft(joined)) return yield* joined.left
    yield* programme.adoptModel(joined.right, Governance.PersonId.make("burgemeester-deventer"))
    yield* tell(
      n,
      "lid-eg-oc-riec sits in the Expertgroep Ondermijning VNON, with the history of the programme's expert group",
    )

    yield* step(n, "2018-03-15", "the BBG approves and proposes the Best Practices to the RVO")
    yield* programme.route(
      Governance.PersonId.make("secretaris-bbg"),
      decision(itemId, "besluit-bbg-2018-03", "bbg", "approve", "2018-03-15"),
    )

    yield* step(n, "2018-05-17", "the RVO agrees: the Best Practices hold for all of Oost-Nederland")
    yield* programme.route(
      Governance.PersonId.make("secretaris-rvo"),
      decision(itemId, "besluit-rvo-2018-05", "rvo", "accord", "2018-05-17"),
    )
    const practices = yield* Practice.Practices
    yield* step(
      n,
      "2018-09-20",
      "VNON carries on: its expert group evaluates and revises the lokaal ondermijningsbeeld",
    )
    const ondermijningsbeeld = Practice.PracticeId.make("bp-lokaal-ondermijningsbeeld")
    yield* practices.execute(
      Governance.PersonId.make("lid-eg-ondermijning-vnon-riec"),
      new Practice.RecordEvaluation({
        practiceId: ondermijningsbeeld,
        evaluation: {
          evaluationId: "ev-vnon-2018-09",
          kind: "uitvoering",
          method: "vergelijking van de lokale beelden van Gelderland-Midden, Kampen en Enschede",
          findings:
            "De methode werkt in gemeenten van elke omvang; de thema's OMG's en drugs vragen een regionale blik.",
          measuredEffects: [{ effect: "gemeenten met een actueel lokaal beeld", result: "18 van 79" }],
          evidenceLevel: "effectief-eerste-aanwijzingen",
          evaluatedOn: Kernel.calendarDate("2018-09-20"),
          evaluatedBy: "Expertgroep Ondermijning VNON",
        },
      }),
    )
    yield* practices.execute(
      Governance.PersonId.make("burgemeester-deventer"),
      new Practice.RevisePractice({
        practiceId: ondermijningsbeeld,
        title: "Lokaal ondermijningsbeeld, met regionale thema's",
        reason: "VNON verbreedt het thema hennep naar drugs en OMG's: het lokale beeld krijgt een regionale paragraaf.",
      }),
    )
    const revised = yield* practices.practice(ondermijningsbeeld)
    yield* tell(
      n,
      `version ${revised.exists ? Practice.practiceVersion(revised) : 0} of ${ondermijningsbeeld}, lineage to the handed-over version kept`,
    )
    const catalogue = yield* practices.catalogue
    for (const p of catalogue) yield* tell(n, `${p.practiceId}: ${p.status}`)
    return catalogue.map((p) => ({ practiceId: p.practiceId, status: p.status }))
  })
