import type { RouteCommand } from "../routes/commands.js"
import type { RouteEvent } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { decidedInPolicy } from "./decidedInPolicy.js"
import { decisionWords } from "./decisionWords.js"

/**
 * A decision on an item (or its revocation) taken at a meeting's agenda point or in a written
 * round: {@link decidedInPolicy} for the item's route.
 * @category meetings
 */
export const routeDecisionInMeetingPolicy = decidedInPolicy<RouteCommand, RouteEvent, ItemState>(
  "decision-in-meeting",
  ["DecisionRecorded", "DecisionRevoked"],
  (command) => {
    if (command._tag === "RecordDecision") {
      return {
        body: command.body,
        decisionId: command.decisionId,
        decision: decisionWords(command.itemId, command.outcome),
        subject: { kind: "item", itemId: command.itemId },
        record: command,
      }
    }
    if (command._tag === "RevokeDecision") {
      return {
        body: command.body,
        decisionId: command.decisionId,
        decision: `${decisionWords(command.itemId, "revoke")} (${command.revokes})`,
        subject: { kind: "item", itemId: command.itemId },
        record: command,
      }
    }
    return undefined
  },
)
