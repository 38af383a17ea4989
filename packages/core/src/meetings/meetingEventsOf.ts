import { membersOn } from "../governance/queries.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import type { DecisionContext } from "../kernel/Decider.js"
import type { MeetingCommand } from "./meetingCommands.js"
import {
  ActionPointAdded,
  AgendaPointAdded,
  AttendanceRecorded,
  MeetingClosed,
  type MeetingEvent,
  MeetingPlanned,
  MinutesAdopted,
  PointDecided,
  RecusalRecorded,
  SubstituteRecorded,
  VoteCast,
} from "./meetingEvents.js"
import type { MeetingState } from "./MeetingState.js"
import { pointRecord } from "./pointRecord.js"
import { recordedDecision } from "./recordedDecision.js"

/** The events of a meeting command the rules allowed. @category meetings */
export const meetingEventsOf = (
  command: MeetingCommand,
  state: MeetingState,
  ctx: DecisionContext,
): ReadonlyArray<MeetingEvent> => {
  const base = { meetingId: command.meetingId, by: ctx.actor, at: ctx.now }
  switch (command._tag) {
    case "PlanMeeting":
      return [
        new MeetingPlanned(
          {
            ...base,
            body: command.body,
            date: command.date,
            ...(command.time === undefined ? {} : { time: command.time }),
            ...(command.place === undefined ? {} : { place: command.place }),
            online: command.online,
            invited: [...new Set(membersOn(ctx.model, command.body, command.date).map((m) => m.person))],
          },
          decidedEvent,
        ),
      ]
    case "AddAgendaPoint":
      return [
        new AgendaPointAdded(
          {
            ...base,
            point: state.exists ? state.points.length + 1 : 1,
            title: command.title,
            subject: command.subject,
            papers: command.papers,
          },
          decidedEvent,
        ),
      ]
    case "RecordAttendance":
      return [new AttendanceRecorded({ ...base, person: command.person, presence: command.presence }, decidedEvent)]
    case "RecordSubstitute":
      return [new SubstituteRecorded({ ...base, member: command.member, substitute: command.substitute }, decidedEvent)]
    case "RecordRecusal":
      return [
        new RecusalRecorded(
          { ...base, point: command.point, person: command.person, reason: command.reason },
          decidedEvent,
        ),
      ]
    case "CastVote":
      return [new VoteCast({ ...base, point: command.point, person: command.person, vote: command.vote }, decidedEvent)]
    case "DecidePoint":
      return [
        new PointDecided(
          {
            ...base,
            point: command.point,
            decisionId: command.decisionId,
            decision: command.decision,
            ...(command.rationale === undefined ? {} : { rationale: command.rationale }),
            ...(state.exists
              ? {
                  meetingDate: state.date,
                  ...recordedDecision(
                    state.body,
                    pointRecord(state, command.point, command.rationale ?? command.decision),
                  ),
                }
              : {}),
          },
          decidedEvent,
        ),
      ]
    case "NotePointDecision":
      return [
        new PointDecided(
          { ...base, point: command.point, decisionId: command.decisionId, decision: command.decision },
          decidedEvent,
        ),
      ]
    case "AddActionPoint":
      return [
        new ActionPointAdded(
          {
            ...base,
            action: command.action,
            owner: command.owner,
            due: command.due,
            ...(command.point === undefined ? {} : { point: command.point }),
          },
          decidedEvent,
        ),
      ]
    case "CloseMeeting":
      return [
        new MeetingClosed(
          { ...base, ...(command.minutes === undefined ? {} : { minutes: command.minutes }) },
          decidedEvent,
        ),
      ]
    case "AdoptMinutes":
      return [new MinutesAdopted({ ...base, adoptedIn: command.adoptedIn, on: command.on }, decidedEvent)]
  }
}
