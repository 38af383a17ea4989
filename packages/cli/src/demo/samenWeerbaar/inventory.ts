import { Governance, Information, Kernel, Milestone, Practice } from "@weerbaar/core"
import { Effect } from "effect"
import { ondermijningsbeeld, bibob, ondernemers, practice } from "./cast.js"
import { type Narration, step, tell } from "../stage.js"

/** Inventariseren, March 2016: a candidate Best Practice per theme. */
export const inventory = (n: Narration) =>
  Effect.gen(function* () {
    const practices = yield* Practice.Practices
    const milestones = yield* Milestone.Milestones
    const information = yield* Information.Information
    yield* step(n, "2016-03-03", "inventory of Best Practices — beter goed gejat dan slecht bedacht")
    yield* practices.execute(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      practice(
        ondermijningsbeeld,
        "ondermijnende-criminaliteit",
        "Lokaal ondermijningsbeeld",
        "Met het RIEC in beeld brengen hoe ondermijning lokaal uitwerkt: OMG's, drugs, vrijplaatsen, milieu, mensenhandel, vastgoedfraude.",
        "Gemeente Rheden en RIEC Oost-Nederland",
      ),
    )
    yield* practices.execute(
      Governance.PersonId.make("lid-eg-wo-arnhem"),
      practice(
        bibob,
        "weerbare-overheid",
        "Bibob-beleid in elke gemeente",
        "Een eenduidig Bibob-beleid voor vergunningen in horeca, vastgoed en evenementen.",
        "Landelijk Bureau Bibob",
      ),
    )
    yield* practices.execute(
      Governance.PersonId.make("lid-eg-wm-wageningen"),
      practice(
        ondernemers,
        "weerbare-maatschappij",
        "Weerbaar ondernemen",
        "Ondernemers herkennen en melden signalen van ondermijning.",
        "Keurmerk Veilig Ondernemen",
      ),
    )
    yield* information.execute(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      new Information.LinkPractice({
        productId: Information.ProductId.make("lokaal-ob-rheden"),
        practiceId: ondermijningsbeeld,
      }),
    )
    yield* milestones.execute(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Milestone.DeliverMilestone({
        milestoneId: Milestone.MilestoneId.make("ms-inventarisatie"),
        deliveredOn: Kernel.calendarDate("2016-03-03"),
      }),
    )
    yield* tell(
      n,
      "3 candidates in the catalogue, one per theme; the lokaal ondermijningsbeeld Rheden motivates its method",
    )
  })
