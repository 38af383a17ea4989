import { Governance, Kernel, Meeting, Programme, Route } from "@weerbaar/core"
import { Effect } from "effect"
import { bibobVoorstel, model, ondernemersVoorstel, voorstel } from "./cast.js"
import { type Narration, tell } from "../stage.js"

const person = Governance.PersonId.make
const secretary = person("secretaris-stuurgroep")
const meetingId = Meeting.MeetingId.make("sg-2016-09")

/**
 * The Stuurgroep's meeting of 8 September 2016: the loco-burgemeester of Rheden in the
 * burgemeester's place, Ede's burgemeester recused on the Bibob proposal (Ede's trekker drafted it), the three
 * proposals approved at their points, and an action point; the besluitenlijst follows.
 */
export const stuurgroepMeeting = (n: Narration) =>
  Effect.gen(function* () {
    const meetings = yield* Meeting.Meetings
    const programme = yield* Programme.Programme
    const date = Kernel.calendarDate("2016-09-08")
    const run = (command: Meeting.MeetingCommand) => meetings.execute(secretary, command)
    yield* run(
      new Meeting.PlanMeeting({
        meetingId,
        body: Governance.BodyId.make("stuurgroep"),
        date,
        time: "14:00",
        place: "Veiligheidsregio Gelderland-Midden, Arnhem",
        online: false,
      }),
    )
    for (const [title, itemId] of [
      ["Beleidsvoorstel lokaal ondermijningsbeeld in alle gemeenten", voorstel],
      ["Beleidsvoorstel Bibob-beleid", bibobVoorstel],
      ["Beleidsvoorstel weerbaar ondernemen", ondernemersVoorstel],
    ] as const) {
      yield* run(new Meeting.AddAgendaPoint({ meetingId, title, subject: { kind: "item", itemId }, papers: [title] }))
    }
    const members = Governance.votingMembersOn(model, Governance.BodyId.make("stuurgroep"), date)
    for (const member of members.filter((p) => p !== "burgemeester-rheden")) {
      yield* run(new Meeting.RecordAttendance({ meetingId, person: member, presence: "present" }))
    }
    yield* run(
      new Meeting.RecordSubstitute({
        meetingId,
        member: person("burgemeester-rheden"),
        substitute: person("loco-burgemeester-rheden"),
      }),
    )
    yield* run(
      new Meeting.RecordRecusal({
        meetingId,
        point: 2,
        person: person("burgemeester-ede"),
        reason: "Het voorstel komt van de expertgroep die Ede trekt.",
      }),
    )
    for (const [point, itemId, decisionId] of [
      [1, voorstel, "besluit-sg-2016-09-ondermijningsbeeld"],
      [2, bibobVoorstel, "besluit-sg-2016-09-bibob"],
      [3, ondernemersVoorstel, "besluit-sg-2016-09-ondernemen"],
    ] as const) {
      const meeting = yield* meetings.meeting(meetingId)
      if (!meeting.exists) return
      yield* programme.route(
        secretary,
        new Route.RecordDecision({
          ...Meeting.pointRecord(meeting, point, "Past in het programma; aangeboden aan het DVO."),
          itemId,
          decisionId: Route.DecisionId.make(decisionId),
          body: Governance.BodyId.make("stuurgroep"),
          outcome: "approve",
        }),
      )
    }
    yield* run(
      new Meeting.AddActionPoint({
        meetingId,
        action: "Voorstellen agenderen voor het DVO van 13 oktober",
        owner: secretary,
        due: Kernel.calendarDate("2016-09-30"),
      }),
    )
    yield* run(new Meeting.CloseMeeting({ meetingId }))
    const lijst = yield* meetings.besluitenlijst(meetingId)
    yield* tell(
      n,
      `meeting ${meetingId}: ${lijst?.present.length} members present, ${lijst?.substitutes.map((s) => `${s.substitute.name} for ${s.member.name}`).join(", ")}; burgemeester Ede recused on point 2`,
    )
    yield* tell(
      n,
      "besluitenlijst: `weerbaar besluitenlijst sg-2016-09`, to be adopted at the Stuurgroep's next meeting",
    )
  })
