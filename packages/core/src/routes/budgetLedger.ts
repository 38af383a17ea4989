import { Either, Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import type { StoredEvent } from "../ports/EventStore.js"
import type { BudgetPosition } from "./Budget.js"
import { DecisionId, ItemId } from "./commands.js"

/** An accord committed an item's budget. @category routes */
export class BudgetCommitted extends Schema.TaggedClass<BudgetCommitted>()("BudgetCommitted", {
  itemId: ItemId,
  decisionId: DecisionId,
  amount: Schema.NonNegativeInt,
  at: Timestamp,
}) {}

/** A revocation released the budget an accord committed. @category routes */
export class BudgetReleased extends Schema.TaggedClass<BudgetReleased>()("BudgetReleased", {
  itemId: ItemId,
  decisionId: DecisionId,
  revokes: DecisionId,
  amount: Schema.NonNegativeInt,
  at: Timestamp,
}) {}

/** The events of the programme's budget ledger. @category routes */
export const LedgerEvent = Schema.Union(BudgetCommitted, BudgetReleased)
/** @category routes */
export type LedgerEvent = typeof LedgerEvent.Type

/** Stores and reads ledger events. @category routes */
export const ledgerEventCodec = eventCodec(LedgerEvent, ["BudgetCommitted", "BudgetReleased"])

/**
 * The stream of the programme's budget ledger. Only the ledger's decider writes it, on the budget
 * policy's reactions to accords and revocations, in the same transaction as the decision and at the
 * ledger version it read: two accords decided at once on the same budget cannot both pass.
 * @category routes
 */
export const budgetLedgerStreamId = "programme-budget"

/** The committed amount after the ledger's events. @category routes */
export const committedBudget = (events: ReadonlyArray<StoredEvent>): number =>
  events.reduce((sum, stored) => {
    const decoded = ledgerEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return sum
    return decoded.right._tag === "BudgetCommitted" ? sum + decoded.right.amount : sum - decoded.right.amount
  }, 0)

/** The budget position of a programme from its available budget and its ledger. @category routes */
export const budgetPosition = (available: number, ledger: ReadonlyArray<StoredEvent>): BudgetPosition => ({
  available,
  committed: committedBudget(ledger),
})
