import type { BodyId, PersonId } from "../governance/Ids.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { withChanges } from "../kernel/withChanges.js"
import type { SubstituteAttendance, Vote } from "../routes/commands.js"
import type { AgendaSubject, Presence } from "./meetingCommands.js"
import type { MeetingEvent } from "./meetingEvents.js"
import type { DecidedIn, MeetingId } from "./MeetingIds.js"

/** A point of the agenda as the meeting dealt with it. @category meetings */
export interface AgendaPoint {
  readonly point: number
  readonly title: string
  readonly subject: AgendaSubject
  readonly papers: ReadonlyArray<string>
  readonly recused: ReadonlyArray<{ readonly person: PersonId; readonly reason: string }>
  readonly votes: ReadonlyArray<Vote>
  readonly decision?: { readonly decisionId: string; readonly decision: string; readonly rationale?: string }
}

/** An action point: what, who, by when. @category meetings */
export interface ActionPoint {
  readonly action: string
  readonly owner: PersonId
  readonly due: CalendarDate
  readonly point?: number
}

/** A meeting of a body as its events tell it. @category meetings */
export interface Meeting {
  readonly exists: true
  readonly meetingId: MeetingId
  readonly body: BodyId
  readonly date: CalendarDate
  readonly time?: string
  readonly place?: string
  readonly online: boolean
  readonly invited: ReadonlyArray<PersonId>
  readonly points: ReadonlyArray<AgendaPoint>
  readonly presence: ReadonlyArray<{ readonly person: PersonId; readonly presence: Presence }>
  readonly substitutes: ReadonlyArray<SubstituteAttendance>
  readonly actions: ReadonlyArray<ActionPoint>
  readonly closed: boolean
  /** The minutes (verslag) given at closing. */
  readonly minutes?: string
  readonly minutesAdopted?: { readonly adoptedIn: DecidedIn; readonly on: CalendarDate }
}

/** A meeting, or none yet. @category meetings */
export type MeetingState = Meeting | { readonly exists: false }

/** The state of a meeting not yet planned. @category meetings */
export const noMeeting: MeetingState = { exists: false }

/** The members recorded present (the last record of each counts). @category meetings */
export const presentMembers = (meeting: Meeting): ReadonlyArray<PersonId> =>
  meeting.presence.filter((p) => p.presence === "present").map((p) => p.person)

const withPoint = (meeting: Meeting, point: number, change: (p: AgendaPoint) => AgendaPoint): Meeting =>
  withChanges(meeting, { points: meeting.points.map((p) => (p.point === point ? change(p) : p)) })

/** Folds a meeting's event into its state. @category meetings */
export const evolveMeeting = (state: MeetingState, event: MeetingEvent): MeetingState => {
  if (event._tag === "MeetingPlanned") {
    return {
      exists: true,
      meetingId: event.meetingId,
      body: event.body,
      date: event.date,
      ...(event.time === undefined ? {} : { time: event.time }),
      ...(event.place === undefined ? {} : { place: event.place }),
      online: event.online,
      invited: event.invited,
      points: [],
      presence: [],
      substitutes: [],
      actions: [],
      closed: false,
    }
  }
  if (!state.exists) return state
  switch (event._tag) {
    case "AgendaPointAdded":
      return withChanges(state, {
        points: [
          ...state.points,
          {
            point: event.point,
            title: event.title,
            subject: event.subject,
            papers: event.papers,
            recused: [],
            votes: [],
          },
        ],
      })
    case "AttendanceRecorded":
      return withChanges(state, {
        presence: [
          ...state.presence.filter((p) => p.person !== event.person),
          { person: event.person, presence: event.presence },
        ],
        substitutes:
          event.presence === "present" ? state.substitutes.filter((s) => s.member !== event.person) : state.substitutes,
      })
    case "SubstituteRecorded":
      return withChanges(state, {
        substitutes: [
          ...state.substitutes.filter((s) => s.member !== event.member),
          { member: event.member, substitute: event.substitute },
        ],
      })
    case "RecusalRecorded":
      return withPoint(state, event.point, (p) =>
        withChanges(p, { recused: [...p.recused, { person: event.person, reason: event.reason }] }),
      )
    case "VoteCast":
      return withPoint(state, event.point, (p) =>
        withChanges(p, { votes: [...p.votes, { member: event.person, vote: event.vote }] }),
      )
    case "PointDecided":
      return withPoint(state, event.point, (p) =>
        withChanges(p, {
          decision: {
            decisionId: event.decisionId,
            decision: event.decision,
            ...(event.rationale === undefined ? {} : { rationale: event.rationale }),
          },
        }),
      )
    case "ActionPointAdded":
      return withChanges(state, {
        actions: [
          ...state.actions,
          {
            action: event.action,
            owner: event.owner,
            due: event.due,
            ...(event.point === undefined ? {} : { point: event.point }),
          },
        ],
      })
    case "MeetingClosed":
      return event.minutes === undefined
        ? withChanges(state, { closed: true })
        : withChanges(state, { closed: true, minutes: event.minutes })
    case "MinutesAdopted":
      return withChanges(state, { minutesAdopted: { adoptedIn: event.adoptedIn, on: event.on } })
    default: {
      const unknown: never = event
      return unknown
    }
  }
}
