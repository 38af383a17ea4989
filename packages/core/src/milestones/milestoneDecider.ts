import type { BodyId } from "../governance/Ids.js"
import { withChanges } from "../kernel/withChanges.js"
import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { bodyOfLevel, findBody, mayActFor, membersOn } from "../governance/queries.js"
import {
  type MilestoneCommand,
  MilestoneDelivered,
  type MilestoneEvent,
  MilestonePlanned,
  MilestoneRescheduled,
  type MilestoneState,
} from "./Milestone.js"
import { milestoneRules as M } from "./milestoneRules.js"

const ownerViolations = (body: BodyId, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  if (Option.isNone(findBody(ctx.model, body))) return [violation(M.unknownBody, { body })]
  const member = membersOn(ctx.model, body, today).some((m) => m.person === ctx.actor)
  const stuurgroep = bodyOfLevel(ctx.model, "besturing")
  const forStuurgroep = Option.isSome(stuurgroep) && mayActFor(ctx.model, ctx.actor, stuurgroep.value.id, today)
  return member || forStuurgroep ? [] : [violation(M.notOwner, { person: ctx.actor, body, date: today })]
}

const violationsOf = (command: MilestoneCommand, state: MilestoneState, ctx: DecisionContext) => {
  if (command._tag === "PlanMilestone") {
    return [
      ...(state.exists ? [violation(M.exists, { milestone: command.milestoneId })] : []),
      ...ownerViolations(command.ownerBody, ctx),
    ]
  }
  if (!state.exists) return [violation(M.notFound, { milestone: command.milestoneId })]
  const violations: Array<RuleViolation> = [...ownerViolations(state.ownerBody, ctx)]
  if (state.deliveredOn !== undefined) {
    violations.push(violation(M.delivered, { milestone: state.milestoneId, deliveredOn: state.deliveredOn }))
  }
  const today = dateOf(ctx.now)
  if (command._tag === "DeliverMilestone" && command.deliveredOn > today) {
    violations.push(violation(M.deliveredInFuture, { date: command.deliveredOn, today }))
  }
  return violations
}

const eventsOf = (
  command: MilestoneCommand,
  state: MilestoneState,
  ctx: DecisionContext,
): ReadonlyArray<MilestoneEvent> => {
  const by = ctx.actor
  const at = ctx.now
  switch (command._tag) {
    case "PlanMilestone": {
      const { _tag, ...fields } = command
      return [new MilestonePlanned(Object.assign({}, fields, { plannedBy: by, at }), decidedEvent)]
    }
    case "RescheduleMilestone":
      return [
        new MilestoneRescheduled(
          {
            milestoneId: command.milestoneId,
            previousDueDate: state.exists ? state.dueDate : command.dueDate,
            dueDate: command.dueDate,
            reason: command.reason,
            rescheduledBy: by,
            at,
          },
          decidedEvent,
        ),
      ]
    case "DeliverMilestone":
      return [
        new MilestoneDelivered(
          {
            milestoneId: command.milestoneId,
            deliveredOn: command.deliveredOn,
            ...(command.note === undefined ? {} : { note: command.note }),
            deliveredBy: by,
            at,
          },
          decidedEvent,
        ),
      ]
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const evolve = (state: MilestoneState, event: MilestoneEvent): MilestoneState => {
  switch (event._tag) {
    case "MilestonePlanned":
      return {
        exists: true,
        milestoneId: event.milestoneId,
        title: event.title,
        phase: event.phase,
        ownerBody: event.ownerBody,
        dueDate: event.dueDate,
        deliveredOn: undefined,
      }
    case "MilestoneRescheduled":
      return state.exists ? withChanges(state, { dueDate: event.dueDate }) : state
    case "MilestoneDelivered":
      return state.exists ? withChanges(state, { deliveredOn: event.deliveredOn }) : state
    default: {
      const unknown: never = event
      return unknown
    }
  }
}

/**
 * The decider of a milestone: planned by (a member of) its owner body, rescheduled with a reason,
 * delivered on a date that has come.
 * @category milestones
 */
export const milestoneDecider: Decider<MilestoneCommand, MilestoneEvent, MilestoneState> = {
  initialState: { exists: false },
  decide: (command, state, ctx) =>
    judge(command, violationsOf(command, state, ctx), ctx.model, () => eventsOf(command, state, ctx)),
  evolve,
}
