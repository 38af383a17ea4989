import type { Meeting as DecisionMeeting } from "../routes/commands.js"
import { type Meeting, presentMembers } from "./MeetingState.js"

/**
 * The record a decision at `point` carries: the meeting's date, the members present, the
 * substitutes, who was recused on that point, and the votes on it.
 * @category meetings
 */
export const pointRecord = (meeting: Meeting, point: number, rationale: string): DecisionMeeting => {
  const agendaPoint = meeting.points.find((p) => p.point === point)
  return {
    meetingDate: meeting.date,
    attendance: presentMembers(meeting),
    substitutes: meeting.substitutes,
    recused: agendaPoint?.recused.map((r) => r.person) ?? [],
    votes: agendaPoint?.votes ?? [],
    rationale,
    decidedIn: { meetingId: meeting.meetingId, point },
  }
}
