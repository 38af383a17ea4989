import { Either } from "effect"
import type { Timestamp } from "../kernel/CalendarDate.js"
import type { EventCodec } from "../kernel/EventCodec.js"
import type { PersonId } from "../governance/Ids.js"
import type { StoredEvent } from "../ports/EventStore.js"
import {
  DraftItem,
  EditItem,
  RecordDecision,
  RevokeDecision,
  type RouteCommand,
  SubmitItem,
  WithdrawItem,
} from "./commands.js"
import type { RouteEvent } from "./events.js"

/** A route command as it was given: the command, who gave it and when it was recorded. @category routes */
export interface RecordedRouteCommand {
  readonly command: RouteCommand
  readonly actor: PersonId
  readonly at: Timestamp
}

/**
 * The command a stored route event records: every route event carries the whole command, who
 * gave it and when, so history can be judged again (see `whatIf`).
 * @category routes
 */
export const commandOfRouteEvent = (
  stored: StoredEvent,
  codec: EventCodec<RouteEvent>,
): RecordedRouteCommand | undefined => {
  const decoded = codec.fromStored(stored)
  if (Either.isLeft(decoded)) return undefined
  const e = decoded.right
  switch (e._tag) {
    case "ItemDrafted":
      return {
        command: new DraftItem(
          { itemId: e.itemId, kind: e.kind, draftingBody: e.draftingBody, content: e.content },
          true,
        ),
        actor: e.draftedBy,
        at: e.at,
      }
    case "ItemEdited":
      return { command: new EditItem({ itemId: e.itemId, content: e.content }, true), actor: e.editedBy, at: e.at }
    case "ItemSubmitted":
      return {
        command: new SubmitItem(
          {
            itemId: e.itemId,
            ...(e.on === undefined ? {} : { on: e.on }),
            ...(e.progressReport === undefined ? {} : { progressReport: e.progressReport }),
          },
          true,
        ),
        actor: e.submittedBy,
        at: e.at,
      }
    case "DecisionRecorded":
      return {
        command: new RecordDecision(
          {
            itemId: e.itemId,
            decisionId: e.decisionId,
            body: e.body,
            outcome: e.outcome,
            meetingDate: e.meetingDate,
            attendance: e.attendance,
            recused: e.recused,
            votes: e.votes,
            rationale: e.rationale,
            effectiveDate: e.effectiveDate,
            ...(e.remarks === undefined ? {} : { remarks: e.remarks }),
          },
          true,
        ),
        actor: e.recordedBy,
        at: e.at,
      }
    case "ItemWithdrawn":
      return { command: new WithdrawItem({ itemId: e.itemId, reason: e.reason }, true), actor: e.withdrawnBy, at: e.at }
    case "DecisionRevoked":
      return {
        command: new RevokeDecision(
          {
            itemId: e.itemId,
            decisionId: e.decisionId,
            revokes: e.revokes,
            body: e.body,
            meetingDate: e.meetingDate,
            attendance: e.attendance,
            recused: e.recused,
            votes: e.votes,
            rationale: e.rationale,
          },
          true,
        ),
        actor: e.recordedBy,
        at: e.at,
      }
  }
}
