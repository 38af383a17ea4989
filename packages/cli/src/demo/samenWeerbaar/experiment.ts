import {
  calendarDate,
  DecisionId,
  DeliverMilestone,
  DeliverProduct,
  DesignatePilotMunicipality,
  Information,
  MilestoneId,
  Milestones,
  MoveTrack,
  OrganisationId,
  PersonId,
  Practices,
  ProductId,
  StartPilot,
  Tracks,
} from "@weerbaar/core"
import { Effect } from "effect"
import { hennep, evaluation } from "./cast.js"
import { forbidden, type Narration, step, tell } from "../stage.js"

/** Experimenteren, March–June 2016: the pilot in Rheden and its evaluation. */
export const experiment = (n: Narration) =>
  Effect.gen(function* () {
    const practices = yield* Practices
    const tracks = yield* Tracks
    const milestones = yield* Milestones
    const information = yield* Information
    yield* step(n, "2016-03-10", "pilot in Rheden: the Stuurgroep designates Rheden, the pilot starts")
    yield* practices.execute(
      PersonId.make("secretaris-stuurgroep"),
      new DesignatePilotMunicipality({
        practiceId: hennep,
        municipality: OrganisationId.make("rheden"),
        decisionId: DecisionId.make("besluit-sg-2016-03-pilot-rheden"),
        meetingDate: calendarDate("2016-03-10"),
      }),
    )
    yield* practices.execute(
      PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new StartPilot({ practiceId: hennep }),
    )
    yield* tracks.execute(
      PersonId.make("burgemeester-rheden"),
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
        PersonId.make("burgemeester-ede"),
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
      PersonId.make("lid-eg-oc-rheden"),
      evaluation(
        hennep,
        "pilot",
        "goed-onderbouwd",
        "2016-06-30",
        "Meer meldingen en snellere ontmanteling van kwekerijen in Rheden.",
      ),
    )
    yield* information.execute(
      PersonId.make("manager-riec"),
      new DeliverProduct({
        productId: ProductId.make("lokaal-ob-rheden"),
        deliveredOn: calendarDate("2016-06-30"),
        content: { title: "Lokaal ondermijningsbeeld Rheden", summary: "Bevindingen van de pilot." },
      }),
    )
    yield* milestones.execute(
      PersonId.make("secretaris-stuurgroep"),
      new DeliverMilestone({ milestoneId: MilestoneId.make("ms-pilots"), deliveredOn: calendarDate("2016-06-30") }),
    )
    yield* tell(n, "bp-integrale-hennepaanpak is beproefd")
  })
