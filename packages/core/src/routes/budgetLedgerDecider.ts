import { Either, Schema } from "effect"
import type { Aggregate } from "../kernel/Aggregate.js"
import { Timestamp } from "../kernel/CalendarDate.js"
import type { Decider } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { judge } from "../kernel/judge.js"
import { withChanges } from "../kernel/withChanges.js"
import { BudgetCommitted, BudgetReleased, type LedgerEvent, ledgerEventCodec } from "./budgetLedger.js"
import { DecisionId, ItemId } from "./commands.js"
import { envelopeViolations } from "./rules/budgetEnvelope.js"

/** Commit an item's budget on its accord (the budget policy's reaction). @category routes */
export class CommitBudget extends Schema.TaggedClass<CommitBudget>()("CommitBudget", {
  itemId: ItemId,
  decisionId: DecisionId,
  amount: Schema.NonNegativeInt,
  at: Timestamp,
}) {}

/** Release the budget an accord committed, on its revocation (the budget policy's reaction). @category routes */
export class ReleaseBudget extends Schema.TaggedClass<ReleaseBudget>()("ReleaseBudget", {
  itemId: ItemId,
  decisionId: DecisionId,
  revokes: DecisionId,
  amount: Schema.NonNegativeInt,
  at: Timestamp,
}) {}

/** The commands of the budget ledger. @category routes */
export type LedgerCommand = CommitBudget | ReleaseBudget

/** What the ledger holds: the amount committed by accords and not released. @category routes */
export interface LedgerState {
  readonly committed: number
}

/**
 * The decider of the programme's budget ledger, its only author: an accord's budget is committed
 * only when it fits in the programme's available budget beside what is committed already (else
 * `budget.exceeds-available` names the shortfall); a revocation releases what its accord committed.
 * @category routes
 */
export const budgetLedgerDecider: Decider<LedgerCommand, LedgerEvent, LedgerState> = {
  initialState: { committed: 0 },
  decide: (command, state, ctx) =>
    command._tag === "CommitBudget"
      ? judge(
          command._tag,
          envelopeViolations(
            { available: ctx.model.programme.availableBudget, committed: state.committed },
            command.amount,
          ),
          ctx.model,
          () => [
            new BudgetCommitted(
              { itemId: command.itemId, decisionId: command.decisionId, amount: command.amount, at: command.at },
              decidedEvent,
            ),
          ],
        )
      : Either.right({
          events: [
            new BudgetReleased(
              {
                itemId: command.itemId,
                decisionId: command.decisionId,
                revokes: command.revokes,
                amount: command.amount,
                at: command.at,
              },
              decidedEvent,
            ),
          ],
          signals: [],
        }),
  evolve: (state, event) =>
    withChanges(state, {
      committed: state.committed + (event._tag === "BudgetCommitted" ? event.amount : -event.amount),
    }),
}

/** The budget ledger as the runtime executes it. @category routes */
export const budgetLedger: Aggregate<LedgerCommand, LedgerEvent, LedgerState> = {
  name: "budget-ledger",
  decider: budgetLedgerDecider,
  codec: ledgerEventCodec,
}
