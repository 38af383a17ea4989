import { Governance, Information, Kernel, Milestone, Practice, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { decision, evaluation, line, ondermijningsbeeld, pilotVoorstel } from "./cast.js"
import { forbidden, type Narration, signalled, step, tell } from "../stage.js"

const move = (actor: string, municipality: string, to: Practice.TrackPhase, on: string, reason?: string) =>
  Effect.flatMap(Practice.Tracks, (tracks) =>
    tracks.execute(
      Governance.PersonId.make(actor),
      new Practice.MoveTrack({
        practiceId: ondermijningsbeeld,
        municipality: Governance.OrganisationId.make(municipality),
        to,
        on: Kernel.calendarDate(on),
        ...(reason === undefined ? {} : { reason }),
      }),
    ),
  )

/**
 * Experimenteren, March–June 2016: Rheden's own initiative, then the pilot as the plan runs it — a
 * pilot proposal with its budget, approved by the Stuurgroep and accorded by the DVO, executed in
 * Rheden, Kampen and Enschede under the expert group's coordination, and evaluated.
 */
export const experiment = (n: Narration) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const practices = yield* Practice.Practices
    const milestones = yield* Milestone.Milestones
    const information = yield* Information.Information
    yield* step(n, "2016-03-10", "Rheden starts its lokaal ondermijningsbeeld with the RIEC, on its own initiative")
    yield* signalled(
      n,
      "Rheden pilots the lokaal ondermijningsbeeld before any decision: a local initiative, signalled to the DVO",
      move(
        "burgemeester-rheden",
        "rheden",
        "pilot",
        "2016-03-10",
        "De gemeente Rheden heeft daartoe het initiatief genomen; het RIEC werkt er sinds eind 2015 aan.",
      ),
    )
    yield* forbidden(
      n,
      "Ede starts a pilot of its own before the accord without saying why",
      move("burgemeester-ede", "ede", "pilot", "2016-03-10"),
    )

    yield* step(n, "2016-03-17", "the Expertgroep Ondermijnende Criminaliteit proposes a pilot, with its budget")
    yield* programme.route(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      new Route.DraftItem({
        itemId: pilotVoorstel,
        kind: "beleidsvoorstel",
        draftingBody: Governance.BodyId.make("eg-ondermijnende-criminaliteit"),
        content: {
          title: "Pilot lokaal ondermijningsbeeld in Rheden, Kampen en Enschede",
          description: "Het RIEC maakt met drie gemeenten een lokaal beeld; de expertgroep coördineert en evalueert.",
          budget: [
            line("analyse RIEC", "riec-oost-nederland", 2016, 20_000),
            line("analisten RIEC", "riec-oost-nederland", 2016, 10_000, "uren-in-natura"),
          ],
          practices: [ondermijningsbeeld],
          pilot: {
            municipalities: [
              Governance.OrganisationId.make("rheden"),
              Governance.OrganisationId.make("kampen"),
              Governance.OrganisationId.make("enschede"),
            ],
          },
        },
      }),
    )
    yield* programme.route(
      Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new Route.SubmitItem({ itemId: pilotVoorstel }),
    )
    yield* step(n, "2016-03-24", "the Stuurgroep approves the pilot proposal and offers it to the DVO")
    yield* programme.route(
      Governance.PersonId.make("secretaris-stuurgroep"),
      decision(pilotVoorstel, "besluit-sg-2016-03-pilot", "stuurgroep", "approve", "2016-03-24"),
    )
    yield* step(n, "2016-04-14", "the DVO accords the pilot: Rheden, Kampen and Enschede pilot the method")
    yield* programme.route(
      Governance.PersonId.make("secretaris-dvo"),
      decision(pilotVoorstel, "besluit-dvo-2016-04-pilot", "dvo", "accord", "2016-04-14"),
    )
    yield* step(n, "2016-04-18", "the expert group starts the pilot in the three municipalities")
    yield* practices.execute(
      Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new Practice.StartPilot({ practiceId: ondermijningsbeeld }),
    )
    for (const municipality of ["kampen", "enschede"]) {
      yield* move("trekker-eg-ondermijnende-criminaliteit", municipality, "pilot", "2016-04-18")
    }
    yield* tell(n, "the pilot runs under the expert group's coordination; the practice is in_pilot, not accorded")

    yield* step(n, "2016-06-30", "the pilot is evaluated; the RIEC delivers the lokaal ondermijningsbeeld Rheden")
    yield* practices.execute(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      evaluation(
        ondermijningsbeeld,
        "pilot",
        "goed-onderbouwd",
        "2016-06-30",
        "In alle drie gemeenten meer signalen in beeld, gedeeld met de partners; de methode werkt ook buiten Rheden.",
      ),
    )
    yield* information.execute(
      Governance.PersonId.make("manager-riec"),
      new Information.DeliverProduct({
        productId: Information.ProductId.make("lokaal-ob-rheden"),
        deliveredOn: Kernel.calendarDate("2016-06-30"),
        content: { title: "Lokaal ondermijningsbeeld Rheden", summary: "Bevindingen van de pilot." },
      }),
    )
    yield* milestones.execute(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Milestone.DeliverMilestone({
        milestoneId: Milestone.MilestoneId.make("ms-pilots"),
        deliveredOn: Kernel.calendarDate("2016-06-30"),
      }),
    )
    yield* tell(n, "bp-lokaal-ondermijningsbeeld is beproefd: a roll-out proposal may follow")

    yield* step(n, "2016-07-01", "the RIEC approves a shareable summary of Rheden's confidential picture for VNON")
    for (const { actor, command } of Information.samenWeerbaarShareableSummaries()) {
      yield* information.execute(actor, command)
    }
    yield* tell(n, "the insights are offered to VNON as the summary; the picture itself stays with the entitled")
  })
