import { Either } from "effect"
import type { ReadModel } from "../ports/ReadModel.js"
import { confirmationEventCodec } from "./partConfirmation.js"
import { lineKey, spendingEventCodec } from "./spending.js"

/** What was spent on one budget line of an accorded proposal. @category read models */
export type LineSpendingRow = {
  readonly itemId: string
  readonly line: string
  readonly category: string
  readonly organisation: string
  readonly year: number
  readonly spent: number
  readonly reports: number
  readonly lastSpentOn: string
}

/** Spending per budget line, keyed `itemId/category/organisation/year`. @category read models */
export const lineSpending: ReadModel<LineSpendingRow> = {
  name: "line-spending",
  version: 1,
  keysOf: (stored) => {
    if (!spendingEventCodec.handles(stored.type)) return []
    const event = spendingEventCodec.fromStored(stored)
    return Either.isRight(event) ? [`${event.right.itemId}/${lineKey(event.right.line)}`] : []
  },
  apply: (stored, current) => {
    const decoded = spendingEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return []
    const event = decoded.right
    const key = `${event.itemId}/${lineKey(event.line)}`
    const row = current.get(key)
    return [
      {
        key,
        row: {
          itemId: event.itemId,
          line: lineKey(event.line),
          category: event.line.category,
          organisation: event.line.organisation,
          year: event.line.year,
          spent: (row?.spent ?? 0) + event.amount,
          reports: (row?.reports ?? 0) + 1,
          lastSpentOn: row === undefined || event.spentOn > row.lastSpentOn ? event.spentOn : row.lastSpentOn,
        },
      },
    ]
  },
}

/** A partner's confirmation of its part in an accorded proposal. @category read models */
export type PartConfirmationRow = {
  readonly itemId: string
  readonly organisation: string
  readonly decisionId: string
  readonly confirmedBy: string
  readonly at: string
}

/** The partners' confirmations, keyed `itemId/organisation`. @category read models */
export const partConfirmations: ReadModel<PartConfirmationRow> = {
  name: "part-confirmations",
  version: 1,
  keysOf: (stored) => {
    if (!confirmationEventCodec.handles(stored.type)) return []
    const event = confirmationEventCodec.fromStored(stored)
    return Either.isRight(event) ? [`${event.right.itemId}/${event.right.organisation}`] : []
  },
  apply: (stored) => {
    const decoded = confirmationEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return []
    const { itemId, organisation, decisionId, confirmedBy, at } = decoded.right
    return [{ key: `${itemId}/${organisation}`, row: { itemId, organisation, decisionId, confirmedBy, at } }]
  },
}

/** The read models of executing accorded proposals. @category read models */
export const healthReadModels = [lineSpending, partConfirmations] as const
