import { Governance, Handover, Information, Kernel, Milestone, Practice, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { bibob, decision, evaluation, hennepconvenant, model, ondermijningsbeeld } from "./cast.js"
import { forbidden, meeting, type Narration, step, tell } from "../stage.js"

const handoverContent = (practices: ReadonlyArray<string>) => ({
  title: "Overdracht Best Practices Samen Weerbaar",
  description: "De geëvalueerde Best Practices, als concept voor het VNON, met de methode lokaal ondermijningsbeeld.",
  budget: [],
  practices,
})

/** Borgen, October 2017–January 2018: the evaluation, the documentation and the handover package. */
export const handoverToTheNetwork = (n: Narration) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const practices = yield* Practice.Practices
    const milestones = yield* Milestone.Milestones
    const information = yield* Information.Information
    const handover = yield* Handover.Handover
    yield* step(n, "2017-10-12", "the execution is evaluated and the Best Practices documented")
    for (const [id, actor] of [
      [ondermijningsbeeld, Governance.PersonId.make("lid-eg-oc-rheden")],
      [bibob, Governance.PersonId.make("lid-eg-wo-arnhem")],
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
        new Practice.DocumentPractice({
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

    const overdracht = Route.ItemId.make("overdracht-2018")
    yield* step(
      n,
      "2018-01-18",
      "handover as concept, while municipalities still execute: the Stuurgroep decides to hand the Best Practices over to the VNON",
    )
    yield* programme.route(
      Governance.PersonId.make("burgemeester-westervoort"),
      new Route.DraftItem({
        itemId: overdracht,
        kind: "overdracht",
        draftingBody: Governance.BodyId.make("stuurgroep"),
        content: handoverContent([ondermijningsbeeld, bibob, hennepconvenant]),
      }),
    )
    yield* forbidden(
      n,
      "the Stuurgroep hands the hennepconvenant back to VNON, where it came from",
      programme.route(
        Governance.PersonId.make("burgemeester-westervoort"),
        new Route.SubmitItem({ itemId: overdracht }),
      ),
    )
    yield* programme.route(
      Governance.PersonId.make("burgemeester-westervoort"),
      new Route.EditItem({ itemId: overdracht, content: handoverContent([ondermijningsbeeld, bibob]) }),
    )
    yield* programme.route(
      Governance.PersonId.make("burgemeester-westervoort"),
      new Route.SubmitItem({ itemId: overdracht }),
    )
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      decision(overdracht, "besluit-sg-2018-01-overdracht", "stuurgroep", "approve", "2018-01-18"),
    )
    const pkg = yield* handover.createPackage(
      Governance.PersonId.make("secretaris-stuurgroep"),
      overdracht,
      yield* information.insightsBundle,
    )
    const summaries = pkg.content.information.products.filter((p) => p.shareableSummary !== undefined)
    yield* tell(
      n,
      `package ${overdracht} made: ${pkg.content.practices.length} Best Practices, ${summaries.length} shareable summary of a confidential product (never its content), digest ${pkg.digest.slice(0, 16)}…`,
    )
    yield* forbidden(
      n,
      "the programme ends while the theme Weerbare Maatschappij has handed nothing over, and the DVO does not say why",
      handover.endProgramme(
        Governance.PersonId.make("secretaris-dvo"),
        new Handover.EndProgramme({
          decisionId: Route.DecisionId.make("besluit-sg-2018-01-einde"),
          ...meeting(model, "dvo", "2018-01-18", "Alle Best Practices overgedragen."),
        }),
      ),
    )
    yield* milestones.execute(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Milestone.DeliverMilestone({
        milestoneId: Milestone.MilestoneId.make("ms-borging"),
        deliveredOn: Kernel.calendarDate("2018-01-18"),
      }),
    )
    return pkg
  })
