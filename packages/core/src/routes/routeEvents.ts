import { Option } from "effect"
import { decidedEvent } from "../internal/decidedEvent.js"
import { positiveOutcomes } from "../governance/Route.js"
import { programmeFunded } from "./Budget.js"
import type { RouteCommand } from "./commands.js"
import { meetingParticulars } from "../meetings/meetingParticulars.js"
import {
  DecisionRecorded,
  DecisionRevoked,
  ItemDrafted,
  ItemEdited,
  ItemSubmitted,
  ItemWithdrawn,
  type RouteEvent,
} from "./events.js"
import type { Item, ItemState } from "./ItemState.js"
import { endsRoute, routeOf, turnOf } from "./route.js"
import type { DecisionContext } from "../kernel/Decider.js"

/**
 * The events of a command the route's rules allowed: what the item's stream records of it.
 * @category routes
 */
export const routeEventsOf = (
  command: RouteCommand,
  state: ItemState,
  ctx: DecisionContext,
): ReadonlyArray<RouteEvent> => {
  const actor = ctx.actor
  const at = ctx.now
  switch (command._tag) {
    case "DraftItem":
      return [
        new ItemDrafted(
          {
            itemId: command.itemId,
            kind: command.kind,
            draftingBody: command.draftingBody,
            content: command.content,
            draftedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "EditItem":
      return [
        new ItemEdited(
          {
            itemId: command.itemId,
            version: version(state),
            content: command.content,
            editedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "SubmitItem":
      return [
        new ItemSubmitted(
          {
            itemId: command.itemId,
            version: version(state),
            submittedBy: actor,
            at,
            ...(command.on === undefined ? {} : { on: command.on }),
            ...(command.progressReport === undefined ? {} : { progressReport: command.progressReport }),
          },
          decidedEvent,
        ),
      ]
    case "WithdrawItem":
      return [
        new ItemWithdrawn(
          {
            itemId: command.itemId,
            version: version(state),
            reason: command.reason,
            withdrawnBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "RecordDecision": {
      const item = state as Item
      const route = Option.getOrThrow(routeOf(ctx.model, item.kind))
      const step = turnOf(route, item)
      const final = endsRoute(route, step, command.outcome)
      const commits = final && positiveOutcomes.includes(command.outcome) && route.budget !== "none"
      return [
        new DecisionRecorded(
          {
            decisionId: command.decisionId,
            itemId: command.itemId,
            kind: item.kind,
            version: item.version,
            step,
            body: command.body,
            outcome: command.outcome,
            final,
            meetingDate: command.meetingDate,
            effectiveDate: command.effectiveDate ?? command.meetingDate,
            attendance: command.attendance,
            recused: command.recused,
            votes: command.votes,
            ...meetingParticulars(command),
            rationale: command.rationale,
            ...(command.remarks === undefined ? {} : { remarks: command.remarks }),
            committedBudget: commits ? programmeFunded(item.content.budget) : 0,
            recordedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    }
    case "RevokeDecision": {
      const item = state as Item
      const revoked = item.decisions.find((d) => d.decisionId === command.revokes)
      return [
        new DecisionRevoked(
          {
            decisionId: command.decisionId,
            revokes: command.revokes,
            itemId: command.itemId,
            body: command.body,
            meetingDate: command.meetingDate,
            attendance: command.attendance,
            recused: command.recused,
            votes: command.votes,
            ...meetingParticulars(command),
            rationale: command.rationale,
            releasedBudget: revoked?.committedBudget ?? 0,
            recordedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    }
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const version = (state: ItemState): number => (state.exists ? state.version : 0)
