import { Governance, Information, Kernel, Milestone, Practice, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { ondermijningsbeeld, evaluation, model, ondernemers } from "./cast.js"
import { forbidden, meeting, type Narration, signalled, step, tell } from "../stage.js"

/** Experimenteren, March–June 2016: the pilot in Rheden and its evaluation. */
export const experiment = (n: Narration) =>
  Effect.gen(function* () {
    const practices = yield* Practice.Practices
    const tracks = yield* Practice.Tracks
    const milestones = yield* Milestone.Milestones
    const information = yield* Information.Information
    yield* step(n, "2016-03-10", "pilot in Rheden: the Stuurgroep designates Rheden, the pilot starts")
    yield* practices.execute(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Practice.DesignatePilotMunicipality({
        practiceId: ondermijningsbeeld,
        municipality: Governance.OrganisationId.make("rheden"),
        decisionId: Route.DecisionId.make("besluit-sg-2016-03-pilot-rheden"),
        ...meeting(
          model,
          "stuurgroep",
          "2016-03-10",
          "Rheden heeft het initiatief genomen; het RIEC werkt er sinds eind 2015 aan.",
        ),
      }),
    )
    yield* practices.execute(
      Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new Practice.StartPilot({ practiceId: ondermijningsbeeld }),
    )
    yield* tracks.execute(
      Governance.PersonId.make("burgemeester-rheden"),
      new Practice.MoveTrack({
        practiceId: ondermijningsbeeld,
        municipality: Governance.OrganisationId.make("rheden"),
        to: "pilot",
        on: Kernel.calendarDate("2016-03-10"),
      }),
    )
    yield* tell(n, "Rheden pilots the lokaal ondermijningsbeeld")
    yield* signalled(
      n,
      "Rheden starts a pilot of weerbaar ondernemen on its own initiative, a local initiative the Stuurgroep did not designate",
      tracks.execute(
        Governance.PersonId.make("burgemeester-rheden"),
        new Practice.MoveTrack({
          practiceId: ondernemers,
          municipality: Governance.OrganisationId.make("rheden"),
          to: "pilot",
          on: Kernel.calendarDate("2016-03-10"),
          reason:
            "De gemeente Rheden heeft daartoe het initiatief genomen, op grond van haar lokaal ondermijningsbeeld.",
        }),
      ),
    )
    yield* forbidden(
      n,
      "Ede starts a pilot of its own before the accord without saying why",
      tracks.execute(
        Governance.PersonId.make("burgemeester-ede"),
        new Practice.MoveTrack({
          practiceId: ondermijningsbeeld,
          municipality: Governance.OrganisationId.make("ede"),
          to: "pilot",
          on: Kernel.calendarDate("2016-03-10"),
        }),
      ),
    )

    yield* step(n, "2016-06-30", "the pilot is evaluated; the RIEC delivers the lokaal ondermijningsbeeld Rheden")
    yield* practices.execute(
      Governance.PersonId.make("lid-eg-oc-rheden"),
      evaluation(
        ondermijningsbeeld,
        "pilot",
        "goed-onderbouwd",
        "2016-06-30",
        "Meer meldingen en snellere ontmanteling van kwekerijen in Rheden.",
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
    yield* tell(n, "bp-lokaal-ondermijningsbeeld is beproefd")
  })
