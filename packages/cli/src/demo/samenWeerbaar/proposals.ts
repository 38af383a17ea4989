import { Governance, Kernel, Practice, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import {
  bibob,
  bibobVoorstel,
  decision,
  line,
  model,
  ondermijningsbeeld,
  ondernemers,
  ondernemersVoorstel,
  task,
  voorstel,
} from "./cast.js"
import { stuurgroepMeeting } from "./stuurgroepMeeting.js"
import { forbidden, type Narration, step, tell } from "../stage.js"

/** The proposals, July–October 2016: drafted, returned, revised, approved by the Stuurgroep and accorded by the DVO. */
export const proposals = (n: Narration) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const content = (budget: ReadonlyArray<Route.BudgetLine>, tasks: ReadonlyArray<Route.PartnerTask> = []) => ({
      title: "Lokaal ondermijningsbeeld in alle gemeenten van Gelderland-Midden",
      description: "De aanpak uit de pilot in Rheden in alle gemeenten, met onderzoek naar de effecten.",
      budget,
      practices: [ondermijningsbeeld],
      tasks,
    })
    yield* step(n, "2016-07-04", "the Expertgroep Ondermijnende Criminaliteit drafts a proposal with a budget")
    yield* programme.route(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      new Route.DraftItem({
        itemId: voorstel,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: content([
          line("projectleiding", "politie-oost-nederland", 2016, 40_000),
          line("communicatie", "vggm", 2016, 15_000),
        ]),
      }),
    )
    yield* programme.route(
      Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new Route.SubmitItem({ itemId: voorstel }),
    )
    yield* tell(n, `${voorstel} submitted: ${Kernel.formatEuro(5_500_000)}`)

    yield* step(n, "2016-07-14", "the Stuurgroep returns the proposal with remarks")
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      decision(voorstel, "besluit-sg-2016-07-terug", "stuurgroep", "return", "2016-07-14", {
        remarks: "Begroot ook onderzoek naar de effecten, en verlaag de projectleiding.",
      }),
    )
    yield* tell(n, "returned: version 2 starts the route again")

    yield* step(n, "2016-07-26", "the expert group revises and resubmits")
    yield* programme.route(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      new Route.EditItem({
        itemId: voorstel,
        content: content(
          [
            line("projectleiding", "politie-oost-nederland", 2016, 30_000),
            line("onderzoek", "riec-oost-nederland", 2017, 15_000),
            line("communicatie", "vggm", 2016, 10_000),
            line("analisten RIEC", "riec-oost-nederland", 2017, 25_000, "uren-in-natura"),
            line("gemeentelijke regie", "rheden", 2017, 5_000, "eigen-bijdrage"),
          ],
          [task("om-oost-nederland", "Strafrechtelijke opvolging van de signalen uit de lokale beelden.")],
        ),
      }),
    )
    yield* programme.route(
      Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new Route.SubmitItem({ itemId: voorstel }),
    )
    yield* forbidden(
      n,
      "the DVO accords the revised proposal before the Stuurgroep approved it",
      programme.route(
        Governance.PersonId.make("secretaris-dvo"),
        decision(voorstel, "besluit-dvo-2016-07-te-vroeg", "dvo", "accord", "2016-07-26"),
      ),
    )

    yield* step(n, "2016-08-15", "the Expertgroep Weerbare Overheid proposes Bibob-beleid in every municipality")
    yield* programme.route(
      Governance.PersonId.make("lid-eg-wo-arnhem"),
      new Route.DraftItem({
        itemId: bibobVoorstel,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-weerbare-overheid"),
        content: {
          title: "Bibob-beleid in elke gemeente",
          description: "Een gezamenlijk Bibob-beleid met ondersteuning door het RIEC.",
          budget: [line("projectleiding", "arnhem", 2017, 20_000), line("platform", "vggm", 2017, 5_000)],
          practices: [bibob],
        },
      }),
    )
    yield* programme.route(
      Governance.PersonId.make("trekker-eg-weerbare-overheid"),
      new Route.SubmitItem({ itemId: bibobVoorstel }),
    )

    yield* step(n, "2016-08-25", "the Expertgroep Weerbare Maatschappij proposes weerbaar ondernemen")
    yield* programme.route(
      Governance.PersonId.make("lid-eg-wm-wageningen"),
      new Route.DraftItem({
        itemId: ondernemersVoorstel,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-weerbare-maatschappij"),
        content: {
          title: "Weerbaar ondernemen in Gelderland-Midden",
          description: "Ondernemers herkennen en melden signalen van ondermijning, met het Keurmerk Veilig Ondernemen.",
          budget: [
            line("bijeenkomsten ondernemers", "vggm", 2017, 12_000),
            line("inzet wijkagenten", "politie-oost-nederland", 2017, 8_000, "uren-in-natura"),
          ],
          practices: [ondernemers],
          tasks: [task("wageningen", "Ondernemersverenigingen betrekken en het keurmerk in de gemeente uitrollen.")],
        },
      }),
    )
    yield* programme.route(
      Governance.PersonId.make("trekker-eg-weerbare-maatschappij"),
      new Route.SubmitItem({ itemId: ondernemersVoorstel }),
    )

    yield* step(
      n,
      "2016-09-08",
      "the Stuurgroep, in its meeting, approves the three proposals and offers them to the DVO",
    )
    yield* stuurgroepMeeting(n)
    const practices = yield* Practice.Practices
    for (const [related, note] of [
      [bibob, "Het lokale beeld wijst de branches aan waar Bibob het eerst nodig is."],
      [ondernemers, "Het lokale beeld laat zien welke ondernemers het meest onder druk staan."],
    ] as const) {
      yield* practices.execute(
        Governance.PersonId.make("secretaris-stuurgroep"),
        new Practice.LinkPractices({ practiceId: ondermijningsbeeld, related, note }),
      )
    }
    yield* tell(
      n,
      "the Stuurgroep guards the coherence: the lokaal ondermijningsbeeld is linked to Bibob and weerbaar ondernemen",
    )

    yield* step(n, "2016-10-13", "the DVO accords the three proposals: binding agreements for the district")
    // Half of the DVO is present: bestuurlijk overleg decides by consensus, the plan names no quorum.
    const members = Governance.votingMembersOn(model, Governance.BodyId.make("dvo"), Kernel.calendarDate("2016-10-13"))
    const present = { attendance: members.slice(0, Math.ceil(members.length / 2)) }
    yield* programme.route(
      Governance.PersonId.make("secretaris-dvo"),
      decision(voorstel, "besluit-dvo-2016-10-ondermijningsbeeld", "dvo", "accord", "2016-10-13", present),
    )
    yield* programme.route(
      Governance.PersonId.make("secretaris-dvo"),
      decision(bibobVoorstel, "besluit-dvo-2016-10-bibob", "dvo", "accord", "2016-10-13", present),
    )
    yield* programme.route(
      Governance.PersonId.make("secretaris-dvo"),
      decision(ondernemersVoorstel, "besluit-dvo-2016-10-ondernemen", "dvo", "accord", "2016-10-13", present),
    )
    yield* tell(n, `${present.attendance.length} of the DVO's ${members.length} members present; consensus, no quorum`)
    const budget = yield* programme.budget
    yield* tell(
      n,
      `accorded; committed ${Kernel.formatEuro(budget.committed)} of the programme's ${Kernel.formatEuro(budget.available)}; the partners' own money and hours in kind come on top`,
    )
  })
