import { type Policy, reactWith } from "../kernel/Policy.js"
import { budgetLedgerStreamId } from "./budgetLedger.js"
import { budgetLedger, CommitBudget, ReleaseBudget } from "./budgetLedgerDecider.js"
import type { RouteCommand } from "./commands.js"
import type { RouteEvent } from "./events.js"
import type { ItemState } from "./ItemState.js"

/**
 * The budget policy: the accord that ends a budgeted route commits the item's budget on the
 * programme's ledger, and revoking it releases that budget. The ledger's decider refuses a
 * commitment beyond the available budget, which refuses the accord.
 * @category routes
 */
export const budgetPolicy: Policy<RouteCommand, RouteEvent, ItemState> = {
  name: "budget-ledger",
  description: {
    nl: "Een accord legt de begroting vast op het programmabudget; intrekking geeft haar vrij.",
    en: "An accord commits its budget on the programme's budget; revoking it releases the budget.",
  },
  // A decision or a revocation may commit or release budget: reading the ledger with the item spares
  // the runtime a second decision once the reaction names it.
  reads: (command) =>
    command._tag === "RecordDecision" || command._tag === "RevokeDecision"
      ? [{ aggregate: budgetLedger, streamId: budgetLedgerStreamId }]
      : [],
  check: () => [],
  react: (event) => {
    if (event._tag === "DecisionRecorded" && event.committedBudget > 0) {
      return [
        reactWith(
          budgetLedger,
          budgetLedgerStreamId,
          new CommitBudget(
            { itemId: event.itemId, decisionId: event.decisionId, amount: event.committedBudget, at: event.at },
            true,
          ),
        ),
      ]
    }
    if (event._tag === "DecisionRevoked" && event.releasedBudget > 0) {
      return [
        reactWith(
          budgetLedger,
          budgetLedgerStreamId,
          new ReleaseBudget(
            {
              itemId: event.itemId,
              decisionId: event.decisionId,
              revokes: event.revokes,
              amount: event.releasedBudget,
              at: event.at,
            },
            true,
          ),
        ),
      ]
    }
    return []
  },
}
