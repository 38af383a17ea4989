import { Governance, Kernel, Meeting, Route } from "@weerbaar/core"
import { ctx, itemId, model, now, persons } from "./routeFixtures.js"

export const secretary = persons.stuurgroepSecretaris
export const meetingId = Meeting.MeetingId.make("sg-2016-06")
export const earlierMeeting = Meeting.MeetingId.make("sg-2016-05")
export const person = Governance.PersonId.make

export const plan = (id: string = meetingId, date = "2016-06-01", body = "stuurgroep") =>
  new Meeting.PlanMeeting({
    meetingId: Meeting.MeetingId.make(id),
    body: Governance.BodyId.make(body),
    date: Kernel.calendarDate(date),
    time: "14:00",
    place: "Stadhuis Arnhem",
    online: false,
  })

export const itemPoint = (id: string = meetingId) =>
  new Meeting.AddAgendaPoint({
    meetingId: Meeting.MeetingId.make(id),
    title: "Beleidsvoorstel hennep",
    subject: { kind: "item", itemId },
    papers: ["Beleidsvoorstel versie 1"],
  })

export const otherPoint = (id: string = meetingId, title = "Rondvraag") =>
  new Meeting.AddAgendaPoint({ meetingId: Meeting.MeetingId.make(id), title, subject: { kind: "other" }, papers: [] })

export const minutesPoint = (id: string = meetingId, of: string = earlierMeeting) =>
  new Meeting.AddAgendaPoint({
    meetingId: Meeting.MeetingId.make(id),
    title: "Besluitenlijst vorige vergadering",
    subject: { kind: "minutes", meetingId: Meeting.MeetingId.make(of) },
    papers: [],
  })

export const attend = (who: string, presence: Meeting.Presence = "present", id: string = meetingId) =>
  new Meeting.RecordAttendance({ meetingId: Meeting.MeetingId.make(id), person: person(who), presence })

/** Every member of the Stuurgroep on `date` recorded present. */
export const everyonePresent = (id: string = meetingId, date = "2016-06-01") =>
  Governance.votingMembersOn(model, Governance.BodyId.make("stuurgroep"), Kernel.calendarDate(date)).map((p) =>
    attend(p, "present", id),
  )

/** The events of `commands` on one meeting, each decided by the meeting's decider as `actor` on `date`. */
export const meetingHistory = (
  commands: ReadonlyArray<Meeting.MeetingCommand>,
  events: ReadonlyArray<Meeting.MeetingEvent> = [],
  actor = secretary,
  date = "2016-06-01",
): Array<Meeting.MeetingEvent> => {
  const all = [...events]
  for (const command of commands) {
    const state = all.reduce(Meeting.meetingDecider.evolve, Meeting.meetingDecider.initialState)
    const result = Meeting.meetingDecider.decide(command, state, ctx(actor, { now: now(date) }))
    if (result._tag === "Left") throw new Error(`fixture step refused: ${result.left.message}`)
    all.push(...result.right.events)
  }
  return all
}

export const decidePoint = (point: number, id: string = meetingId, decisionId = `sg-besluit-${point}`) =>
  new Meeting.DecidePoint({
    meetingId: Meeting.MeetingId.make(id),
    point,
    decisionId: Route.DecisionId.make(decisionId),
    decision: "Vastgesteld zoals voorgesteld.",
  })

export const onDay = (date: string) => ctx(secretary, { now: now(date) })
