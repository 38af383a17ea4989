import { Option } from "effect"
import { findBody, mayActFor, votingMembersOn } from "../governance/queries.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import type { Aggregate } from "../kernel/Aggregate.js"
import { type CalendarDate, dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { meetingInFuture } from "../routes/rules/meeting.js"
import { unknownBody } from "./rules/meetingExistence.js"
import { writtenRoundRules as R } from "./rules/writtenRound.js"
import { roundResult, tacitConsenters } from "./roundRecord.js"
import type { WrittenRoundCommand } from "./writtenRoundCommands.js"
import {
  WrittenRoundAnswered,
  WrittenRoundClosed,
  type WrittenRoundEvent,
  WrittenRoundStarted,
  writtenRoundEventCodec,
} from "./writtenRoundEvents.js"
import { evolveWrittenRound, type WrittenRound, type WrittenRoundState } from "./WrittenRoundState.js"

const dayOf = (command: WrittenRoundCommand, ctx: DecisionContext): CalendarDate =>
  ("on" in command ? command.on : "startedOn" in command ? command.startedOn : undefined) ?? dateOf(ctx.now)

const authority = (
  ctx: DecisionContext,
  body: WrittenRound["body"],
  date: CalendarDate,
): ReadonlyArray<RuleViolation> =>
  mayActFor(ctx.model, ctx.actor, body, date) ? [] : [violation(mayNotActFor, { person: ctx.actor, body, date })]

const closing = (round: WrittenRound, on: CalendarDate, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const missing = round.sentTo.filter((p) => !round.responses.some((r) => r.member === p))
  const tacit = tacitConsenters(ctx.model, round, on)
  return on < round.deadline && missing.length > tacit.length
    ? [violation(R.stillOpen, { round: round.writtenRoundId, deadline: round.deadline, missing })]
    : []
}

const violationsOf = (command: WrittenRoundCommand, state: WrittenRoundState, ctx: DecisionContext) => {
  const today = dateOf(ctx.now)
  const day = dayOf(command, ctx)
  const future = day > today ? [violation(meetingInFuture, { meetingDate: day, today })] : []
  if (command._tag === "StartWrittenRound") {
    if (state.exists) return [violation(R.exists, { round: command.writtenRoundId })]
    const body = findBody(ctx.model, command.body)
    if (Option.isNone(body)) return [violation(unknownBody, { body: command.body })]
    return [
      ...future,
      ...authority(ctx, command.body, day),
      ...(body.value.writtenRound === undefined ? [violation(R.notAllowed, { body: command.body })] : []),
      ...(command.deadline < day
        ? [violation(R.deadlineBeforeStart, { deadline: command.deadline, startedOn: day })]
        : []),
    ]
  }
  if (!state.exists) return [violation(R.notFound, { round: command.writtenRoundId })]
  if (state.closed !== undefined) return [violation(R.closed, { round: state.writtenRoundId, on: state.closed.on })]
  switch (command._tag) {
    case "RespondToWrittenRound": {
      const member = command.member ?? ctx.actor
      return [
        ...future,
        ...(member === ctx.actor ? [] : authority(ctx, state.body, day)),
        ...(state.sentTo.includes(member) && !state.responses.some((r) => r.member === member)
          ? []
          : [violation(R.notAsked, { person: member, round: state.writtenRoundId })]),
        ...(day > state.deadline ? [violation(R.late, { on: day, deadline: state.deadline })] : []),
      ]
    }
    case "CloseWrittenRound": {
      const result = roundResult(ctx.model, state, day)
      return [
        ...future,
        ...authority(ctx, state.body, day),
        ...closing(state, day, ctx),
        ...(result === "aangenomen" && state.subject.kind === "item"
          ? [violation(R.decisionOnItem, { round: state.writtenRoundId, item: state.subject.itemId })]
          : []),
      ]
    }
    case "NoteRoundDecision": {
      const result = roundResult(ctx.model, state, day)
      return [
        ...closing(state, day, ctx),
        ...(result === "aangenomen" ? [] : [violation(R.notCarried, { round: state.writtenRoundId, result })]),
      ]
    }
  }
}

const eventsOf = (
  command: WrittenRoundCommand,
  state: WrittenRoundState,
  ctx: DecisionContext,
): ReadonlyArray<WrittenRoundEvent> => {
  const base = { writtenRoundId: command.writtenRoundId, by: ctx.actor, at: ctx.now }
  const day = dayOf(command, ctx)
  switch (command._tag) {
    case "StartWrittenRound":
      return [
        new WrittenRoundStarted(
          {
            ...base,
            body: command.body,
            title: command.title,
            subject: command.subject,
            proposal: command.proposal,
            ...(command.outcome === undefined ? {} : { outcome: command.outcome }),
            papers: command.papers,
            startedOn: day,
            deadline: command.deadline,
            sentTo: votingMembersOn(ctx.model, command.body, day),
          },
          decidedEvent,
        ),
      ]
    case "RespondToWrittenRound":
      return [
        new WrittenRoundAnswered(
          {
            ...base,
            member: command.member ?? ctx.actor,
            response: command.response,
            on: day,
            ...(command.remark === undefined ? {} : { remark: command.remark }),
          },
          decidedEvent,
        ),
      ]
    case "CloseWrittenRound":
    case "NoteRoundDecision": {
      const round = state as WrittenRound
      return [
        new WrittenRoundClosed(
          {
            ...base,
            on: day,
            result: roundResult(ctx.model, round, day),
            decisionId: command.decisionId,
            tacit: tacitConsenters(ctx.model, round, day),
          },
          decidedEvent,
        ),
      ]
    }
  }
}

/**
 * The decider of a written round: sent by the chair or secretary where the model allows it,
 * answered by the members asked within the deadline, closed at the deadline (or when all answered)
 * with the result the body's rule gives, tacit consent and a moving objection included.
 * @category meetings
 */
export const writtenRoundDecider: Decider<WrittenRoundCommand, WrittenRoundEvent, WrittenRoundState, DecisionContext> =
  {
    initialState: { exists: false },
    decide: (command, state, ctx) =>
      judge(command, violationsOf(command, state, ctx), ctx.model, () => eventsOf(command, state, ctx)),
    evolve: evolveWrittenRound,
  }

/** A written round as the runtime executes it. @category meetings */
export const writtenRoundAggregate: Aggregate<WrittenRoundCommand, WrittenRoundEvent, WrittenRoundState> = {
  name: "written-round",
  decider: writtenRoundDecider,
  codec: writtenRoundEventCodec,
}
