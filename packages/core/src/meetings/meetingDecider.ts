import { Option } from "effect"
import { findBody, mayActFor, membersOn } from "../governance/queries.js"
import type { Aggregate } from "../kernel/Aggregate.js"
import { dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { decisionRuleViolations, voterNotEntitled } from "../routes/rules/decisionRule.js"
import { attendeeNotMember, meetingInFuture, meetingViolations } from "../routes/rules/meeting.js"
import { substitutionViolations } from "../routes/rules/substitution.js"
import type { MeetingCommand } from "./meetingCommands.js"
import { type MeetingEvent, meetingEventCodec } from "./meetingEvents.js"
import { meetingEventsOf } from "./meetingEventsOf.js"
import { evolveMeeting, type Meeting, type MeetingState, noMeeting, presentMembers } from "./MeetingState.js"
import { pointRecord } from "./pointRecord.js"
import { pointDecided, pointNotFound, pointSubjectDiffers } from "./rules/agendaPoint.js"
import { meetingClosed, meetingNotClosed, minutesAdopted, minutesAdoptedTooEarly } from "./rules/meetingClosed.js"
import { meetingExists, meetingNotFound, unknownBody } from "./rules/meetingExistence.js"
import { notPresent } from "./rules/presence.js"
import { subjectLabel } from "./subjectLabel.js"

const openPoint = (meeting: Meeting, point: number): ReadonlyArray<RuleViolation> => {
  const found = meeting.points.find((p) => p.point === point)
  if (found === undefined) return [violation(pointNotFound, { meeting: meeting.meetingId, point })]
  return found.decision === undefined
    ? []
    : [violation(pointDecided, { meeting: meeting.meetingId, point, decision: found.decision.decisionId })]
}

const held = (meeting: Meeting, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  return meeting.date > today ? [violation(meetingInFuture, { meetingDate: meeting.date, today })] : []
}

// Present as themselves or in a member's place.
const attends = (meeting: Meeting, person: string): boolean =>
  presentMembers(meeting).includes(person as never) || meeting.substitutes.some((s) => s.substitute === person)

const particulars = (command: MeetingCommand, meeting: Meeting, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const id = meeting.meetingId
  switch (command._tag) {
    case "PlanMeeting":
      return [violation(meetingExists, { meeting: id })]
    case "AddAgendaPoint":
      return []
    case "RecordAttendance":
      return [
        ...held(meeting, ctx),
        ...(membersOn(ctx.model, meeting.body, meeting.date).some((m) => m.person === command.person)
          ? []
          : [violation(attendeeNotMember, { person: command.person, body: meeting.body, date: meeting.date })]),
      ]
    case "RecordSubstitute": {
      const record = {
        ...pointRecord(meeting, 0, "-"),
        substitutes: [{ member: command.member, substitute: command.substitute }],
      }
      return [...held(meeting, ctx), ...substitutionViolations(ctx.model, meeting.body, record)]
    }
    case "RecordRecusal":
      return [
        ...held(meeting, ctx),
        ...openPoint(meeting, command.point),
        ...(attends(meeting, command.person) ? [] : [violation(notPresent, { person: command.person, meeting: id })]),
      ]
    case "CastVote": {
      const point = meeting.points.find((p) => p.point === command.point)
      const reason = !attends(meeting, command.person)
        ? "absent"
        : point?.recused.some((r) => r.person === command.person)
          ? "recused"
          : point?.votes.some((v) => v.member === command.person)
            ? "voted-twice"
            : undefined
      return [
        ...held(meeting, ctx),
        ...openPoint(meeting, command.point),
        ...(reason === undefined ? [] : [violation(voterNotEntitled, { person: command.person, reason })]),
      ]
    }
    case "DecidePoint":
    case "NotePointDecision": {
      const point = meeting.points.find((p) => p.point === command.point)
      const open = openPoint(meeting, command.point)
      if (point === undefined || open.length > 0) return [...held(meeting, ctx), ...open]
      if (command._tag === "NotePointDecision") {
        const expected = subjectLabel(command.subject)
        const actual = subjectLabel(point.subject)
        return expected === actual
          ? []
          : [violation(pointSubjectDiffers, { meeting: id, point: command.point, expected, actual })]
      }
      if (point.subject.kind === "item") {
        return [
          violation(pointSubjectDiffers, {
            meeting: id,
            point: command.point,
            expected: "een eigen punt",
            actual: subjectLabel(point.subject),
          }),
        ]
      }
      const record = pointRecord(meeting, command.point, command.rationale ?? command.decision)
      return [
        ...meetingViolations(ctx.model, meeting.body, record, dateOf(ctx.now)),
        ...decisionRuleViolations(ctx.model, meeting.body, record),
      ]
    }
    case "AddActionPoint":
      return command.point === undefined || meeting.points.some((p) => p.point === command.point)
        ? []
        : [violation(pointNotFound, { meeting: id, point: command.point })]
    case "CloseMeeting":
      return held(meeting, ctx)
    case "AdoptMinutes":
      return [
        ...(meeting.closed ? [] : [violation(meetingNotClosed, { meeting: id })]),
        ...(command.on <= meeting.date
          ? [violation(minutesAdoptedTooEarly, { meeting: id, adoptedOn: command.on, date: meeting.date })]
          : []),
      ]
  }
}

const violationsOf = (
  command: MeetingCommand,
  state: MeetingState,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  if (!state.exists) {
    if (command._tag !== "PlanMeeting") return [violation(meetingNotFound, { meeting: command.meetingId })]
    if (Option.isNone(findBody(ctx.model, command.body))) return [violation(unknownBody, { body: command.body })]
    return mayActFor(ctx.model, ctx.actor, command.body, command.date)
      ? []
      : [violation(mayNotActFor, { person: ctx.actor, body: command.body, date: command.date })]
  }
  if (state.minutesAdopted !== undefined) {
    return [violation(minutesAdopted, { meeting: state.meetingId, on: state.minutesAdopted.on })]
  }
  // A reaction to a decision on its point or a later adoption: the decision's own rules checked who acted.
  const reaction = command._tag === "NotePointDecision" || command._tag === "AdoptMinutes"
  return [
    ...(state.closed && command._tag !== "AdoptMinutes"
      ? [violation(meetingClosed, { meeting: state.meetingId })]
      : []),
    ...(reaction || mayActFor(ctx.model, ctx.actor, state.body, state.date)
      ? []
      : [violation(mayNotActFor, { person: ctx.actor, body: state.body, date: state.date })]),
    ...particulars(command, state, ctx),
  ]
}

/**
 * The decider of a body's meeting: planned, its agenda, attendance, substitutes, recusals and votes
 * per point, the decisions per point, action points, closed by its chair or secretary, its
 * besluitenlijst adopted later — and immutable from then on.
 * @category meetings
 */
export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState, DecisionContext> = {
  initialState: noMeeting,
  decide: (command, state, ctx) =>
    judge(command, violationsOf(command, state, ctx), ctx.model, () => meetingEventsOf(command, state, ctx)),
  evolve: evolveMeeting,
}

/** A meeting as the runtime executes it. @category meetings */
export const meetingAggregate: Aggregate<MeetingCommand, MeetingEvent, MeetingState> = {
  name: "meeting",
  decider: meetingDecider,
  codec: meetingEventCodec,
}
