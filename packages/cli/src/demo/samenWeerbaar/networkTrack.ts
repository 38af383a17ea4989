import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { hennepconvenant, mayorOf, model } from "./cast.js"
import { meeting, type Narration, step, tell } from "../stage.js"

/** The municipalities that plan the hennepconvenant in February and execute it from March 2016. */
const first = ["arnhem", "ede", "rheden", "zevenaar", "duiven", "westervoort", "renkum", "wageningen"]

/**
 * The network track, early 2016: "momenteel (begin 2016) is afgesproken dat alle gemeenten het
 * hennepconvenant en bijbehorende uitvoeringsregeling uitvoeren". The RVO agreed it on the BBG's
 * proposal; the DVO takes note, and every municipality of the district executes it — no candidate,
 * no proposal, no accord of Samen Weerbaar.
 */
export const networkTrack = (n: Narration) =>
  Effect.gen(function* () {
    const practices = yield* Practice.Practices
    const tracks = yield* Practice.Tracks
    yield* step(n, "2016-02-11", "the hennepconvenant comes from VNON: the DVO takes note of the RVO's agreement")
    yield* practices.execute(
      Governance.PersonId.make("secretaris-dvo"),
      new Practice.RegisterNetworkAgreement({
        practiceId: hennepconvenant,
        theme: "ondermijnende-criminaliteit",
        title: "Hennepconvenant en uitvoeringsregeling",
        description: "Alle gemeenten van Oost-Nederland voeren het hennepconvenant en de uitvoeringsregeling uit.",
        origin: "elders-nl",
        source: "Expertgroep Ondermijning VNON",
        intendedEffects: ["minder hennepteelt in Oost-Nederland", "eenduidige bestuurlijke aanpak van kwekerijen"],
        agreement: {
          name: "Hennepconvenant Oost-Nederland en uitvoeringsregeling",
          agreedBy: "RVO Oost-Nederland",
          proposedBy: "BBG VNON",
          agreedOn: Kernel.calendarDate("2016-01-28"),
        },
        decisionId: Route.DecisionId.make("besluit-dvo-2016-02-hennepconvenant"),
        ...meeting(
          model,
          "dvo",
          "2016-02-11",
          "Het DVO neemt kennis van de afspraak in het RVO; alle gemeenten voeren haar uit.",
        ),
      }),
    )
    yield* tell(n, "a network measure: no candidate, no proposal, no accord of the programme")
    yield* step(n, "2016-02-25", "every municipality of the district plans the hennepconvenant")
    const area = Governance.areaOn(model, Kernel.calendarDate("2016-02-25"))
    for (const municipality of area) {
      yield* tracks.execute(
        mayorOf(municipality),
        new Practice.MoveTrack({
          practiceId: hennepconvenant,
          municipality: Governance.OrganisationId.make(municipality),
          to: "gepland",
          on: Kernel.calendarDate("2016-02-25"),
        }),
      )
    }
    yield* tell(n, `all ${area.length} municipalities plan it`)
    yield* step(n, "2016-03-01", "the first municipalities execute the hennepconvenant")
    for (const municipality of first) {
      yield* tracks.execute(
        mayorOf(municipality),
        new Practice.MoveTrack({
          practiceId: hennepconvenant,
          municipality: Governance.OrganisationId.make(municipality),
          to: "in_uitvoering",
          on: Kernel.calendarDate("2016-03-01"),
        }),
      )
    }
    yield* tell(n, `${first.length} municipalities execute it; the others follow at their own tempo`)
  })
