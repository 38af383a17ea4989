import { Governance, Kernel, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { decision } from "./cast.js"
import { type Narration, step, tell } from "../stage.js"

const report = Route.ItemId.make("vgr-2017-najaar")

/**
 * The Stuurgroep informs the DVO of the programme's progress: a voortgangsrapportage whose figures
 * (phase matrix with the network's measures marked, budget per source, health, signals) are frozen
 * at its submission, and which the DVO takes note of.
 */
export const progressReport = (n: Narration) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const secretary = Governance.PersonId.make("secretaris-stuurgroep")
    yield* step(n, "2017-09-21", "the Stuurgroep reports the programme's progress to the DVO")
    yield* programme.route(
      secretary,
      new Route.DraftItem({
        itemId: report,
        kind: "voortgangsrapportage",
        draftingBody: Governance.BodyId.make("stuurgroep"),
        content: {
          title: "Voortgangsrapportage Samen Weerbaar, najaar 2017",
          description:
            "De Best Practices in uitvoering, het hennepconvenant van het netwerk, budget en randvoorwaarden.",
          budget: [],
          practices: [],
        },
      }),
    )
    yield* Programme.routeItem(secretary, new Route.SubmitItem({ itemId: report }))
    const submitted = yield* programme.item(report)
    const figures = submitted.exists ? submitted.content.progressReport : undefined
    yield* tell(
      n,
      `frozen as of ${figures?.asOf}: ${figures?.matrix.length} measures, of which ${figures?.matrix.filter((r) => r.network !== undefined).length} of the network; committed ${Kernel.formatEuro(figures?.budget.committed ?? 0)}`,
    )
    yield* step(n, "2017-10-05", "the DVO takes note of the progress report")
    yield* programme.route(
      Governance.PersonId.make("secretaris-dvo"),
      decision(report, "besluit-dvo-2017-10-voortgang", "dvo", "take-note", "2017-10-05"),
    )
  })
