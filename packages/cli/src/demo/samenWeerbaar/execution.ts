import { Governance, Health, Kernel, Milestone, Practice } from "@weerbaar/core"
import { Effect } from "effect"
import { bibob, ondermijningsbeeld, mayorOf, voorstel } from "./cast.js"
import { forbidden, type Narration, signalled, step, tell } from "../stage.js"

/** How fast each municipality executes the ondermijningsbeeld measure: a free tempo, one end result. */
const tempo: Record<string, ReadonlyArray<readonly [Practice.TrackPhase, string]>> = {
  arnhem: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-01-12"],
    ["geborgd", "2017-09-14"],
  ],
  ede: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-01-12"],
    ["geborgd", "2017-09-14"],
  ],
  zevenaar: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-01-12"],
    ["geborgd", "2017-09-14"],
  ],
  rheden: [
    ["in_uitvoering", "2016-11-03"],
    ["geborgd", "2017-06-01"],
  ],
  duiven: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-04-06"],
  ],
  westervoort: [
    ["gepland", "2016-11-03"],
    ["in_uitvoering", "2017-04-06"],
  ],
  lingewaard: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-04-06"],
  ],
  overbetuwe: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-04-06"],
  ],
  barneveld: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-06-01"],
  ],
  nijkerk: [
    ["gepland", "2016-12-01"],
    ["in_uitvoering", "2017-06-01"],
  ],
  wageningen: [
    ["gepland", "2017-01-12"],
    ["in_uitvoering", "2017-09-14"],
  ],
  renkum: [
    ["gepland", "2017-01-12"],
    ["in_uitvoering", "2017-09-14"],
  ],
  doesburg: [["gepland", "2017-01-12"]],
  scherpenzeel: [["gepland", "2017-04-06"]],
}

/** Uitvoeren, October 2016–September 2017: every municipality at its own tempo, to one end result. */
export const execution = (n: Narration) =>
  Effect.gen(function* () {
    const practices = yield* Practice.Practices
    const tracks = yield* Practice.Tracks
    const milestones = yield* Milestone.Milestones
    const health = yield* Health.Health
    yield* step(n, "2016-10-20", "execution starts; the partners confirm their parts")
    yield* practices.execute(
      Governance.PersonId.make("trekker-eg-ondermijnende-criminaliteit"),
      new Practice.StartExecution({ practiceId: ondermijningsbeeld }),
    )
    yield* practices.execute(
      Governance.PersonId.make("trekker-eg-weerbare-overheid"),
      new Practice.StartExecution({ practiceId: bibob }),
    )
    for (const [actor, organisation] of [
      [Governance.PersonId.make("teamchef-politie"), "politie-oost-nederland"],
      [Governance.PersonId.make("manager-riec"), "riec-oost-nederland"],
      [Governance.PersonId.make("ondersteuning-communicatie"), "vggm"],
      [Governance.PersonId.make("burgemeester-rheden"), "rheden"],
      [Governance.PersonId.make("officier-om"), "om-oost-nederland"],
    ] as const) {
      yield* health.confirmPart(
        actor,
        new Health.ConfirmPart({ itemId: voorstel, organisation: Governance.OrganisationId.make(organisation) }),
      )
    }
    yield* tell(
      n,
      "politie, RIEC, Veiligheidsregio and Rheden confirm their part of the lokaal ondermijningsbeeld; the OM confirms its task, which has no money",
    )

    const waves = [...new Set(Object.values(tempo).flatMap((moves) => moves.map(([, on]) => on)))].sort()
    for (const wave of waves) {
      yield* step(n, wave, "municipalities move their tracks of the lokaal ondermijningsbeeld, each at its own tempo")
      for (const [municipality, moves] of Object.entries(tempo)) {
        for (const [to, on] of moves.filter(([, on]) => on === wave)) {
          yield* tracks.execute(
            mayorOf(municipality),
            new Practice.MoveTrack({
              practiceId: ondermijningsbeeld,
              municipality: Governance.OrganisationId.make(municipality),
              to,
              on: Kernel.calendarDate(on),
            }),
          )
          yield* tell(n, `${municipality}: ${to}`)
        }
      }
      if (wave === "2016-12-01") {
        const setAside = (reason?: string) =>
          tracks.execute(
            Governance.PersonId.make("burgemeester-rozendaal"),
            new Practice.MoveTrack({
              practiceId: ondermijningsbeeld,
              municipality: Governance.OrganisationId.make("rozendaal"),
              to: "niet_relevant",
              on: Kernel.calendarDate(wave),
              ...(reason === undefined ? {} : { reason }),
            }),
          )
        yield* forbidden(n, "Rozendaal sets the accorded measure aside as not relevant without a reason", setAside())
        yield* signalled(
          n,
          "rozendaal: niet_relevant with its reason, signalled to the DVO (comply or explain)",
          setAside(
            "Rozendaal is te klein voor een eigen beeld: het lokaal ondermijningsbeeld van Rheden dekt Rozendaal mee.",
          ),
        )
      }
      if (wave === "2017-01-12") {
        for (const municipality of ["arnhem", "ede", "rheden", "wageningen", "nijkerk"]) {
          yield* tracks.execute(
            mayorOf(municipality),
            new Practice.MoveTrack({
              practiceId: bibob,
              municipality: Governance.OrganisationId.make(municipality),
              to: "gepland",
              on: Kernel.calendarDate(wave),
            }),
          )
        }
        yield* health.reportSpending(
          Governance.PersonId.make("teamchef-politie"),
          new Health.ReportSpending({
            itemId: voorstel,
            line: {
              category: "projectleiding",
              organisation: Governance.OrganisationId.make("politie-oost-nederland"),
              year: 2016,
            },
            amount: Kernel.Cents.make(1_800_000),
            spentOn: Kernel.calendarDate("2016-12-20"),
            description: "Projectleiding lokaal ondermijningsbeeld 2016",
          }),
        )
        yield* tell(n, "Bibob-beleid planned in 5 municipalities; € 18.000 spent on projectleiding")
      }
      if (wave === "2017-06-01") {
        for (const municipality of ["arnhem", "ede"]) {
          yield* tracks.execute(
            mayorOf(municipality),
            new Practice.MoveTrack({
              practiceId: bibob,
              municipality: Governance.OrganisationId.make(municipality),
              to: "in_uitvoering",
              on: Kernel.calendarDate(wave),
            }),
          )
        }
      }
    }
    yield* milestones.execute(
      Governance.PersonId.make("secretaris-stuurgroep"),
      new Milestone.DeliverMilestone({
        milestoneId: Milestone.MilestoneId.make("ms-uitvoering"),
        deliveredOn: Kernel.calendarDate("2017-09-14"),
        note: "Later dan gepland: de laatste gemeenten plannen nog.",
      }),
    )
  })
