import { Either } from "effect"
import type { ReadModel } from "../ports/ReadModel.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { budgetTotal } from "./Budget.js"
import { decisionRegister } from "./decisionRegister.js"
import type { JsonValue } from "../kernel/canonicalJson.js"
import type { ItemContent } from "./commands.js"
import { type RouteEvent, routeEventCodec } from "./events.js"

const routeEvent = (event: StoredEvent): RouteEvent | undefined => {
  if (!routeEventCodec.handles(event.type)) return undefined
  const decoded = routeEventCodec.fromStored(event)
  return Either.isRight(decoded) ? decoded.right : undefined
}

/** A row of the item overview. @category read models */
export type ItemRow = {
  readonly itemId: string
  readonly kind: string
  readonly title: string
  readonly status: string
  readonly version: number
  readonly draftingBody: string
  readonly step: number
  readonly budgetTotal: number
  readonly practices: ReadonlyArray<string>
  readonly updatedAt: string
}

/**
 * Every item with its status, version, the index of the step whose turn it is, and its budget total.
 * @category read models
 */
export const itemOverview: ReadModel<ItemRow> = {
  name: "items",
  version: 1,
  keysOf: (stored) => {
    const event = routeEvent(stored)
    return event === undefined ? [] : [event.itemId]
  },
  apply: (stored, current) => {
    const event = routeEvent(stored)
    if (event === undefined) return []
    const row = current.get(event.itemId)
    const update = (changes: Partial<ItemRow>) =>
      row === undefined ? [] : [{ key: event.itemId, row: Object.assign({}, row, changes, { updatedAt: event.at }) }]
    switch (event._tag) {
      case "ItemDrafted":
        return [
          {
            key: event.itemId,
            row: {
              itemId: event.itemId,
              kind: event.kind,
              title: event.content.title,
              status: "draft",
              version: 1,
              draftingBody: event.draftingBody,
              step: 0,
              budgetTotal: budgetTotal(event.content.budget),
              practices: event.content.practices,
              updatedAt: event.at,
            },
          },
        ]
      case "ItemEdited":
        return update({
          title: event.content.title,
          budgetTotal: budgetTotal(event.content.budget),
          practices: event.content.practices,
        })
      case "ItemSubmitted":
        return update({ status: "submitted", step: 0 })
      case "DecisionRecorded":
        if (event.outcome === "return") return update({ status: "returned", version: event.version + 1, step: 0 })
        if (!event.final) return update({ step: event.step + 1 })
        return update({
          status:
            event.outcome === "reject"
              ? "rejected"
              : event.outcome === "take-note"
                ? "noted"
                : event.outcome === "accord"
                  ? "accorded"
                  : "approved",
        })
      case "ItemWithdrawn":
        return update({ status: "withdrawn" })
      case "DecisionRevoked":
        return update({ status: "revoked" })
      default: {
        const unknown: never = event
        return unknown
      }
    }
  },
}

/** One entry of an item's history: who did what, when and why. @category read models */
export type HistoryRow = {
  readonly itemId: string
  readonly position: number
  readonly at: string
  readonly who: string
  readonly what: string
  readonly why?: string
  /** The version acted on; a revocation concerns a decision, not a version. */
  readonly version?: number
  readonly decision?: string
  readonly body?: string
  readonly outcome?: string
  /** The content the version had after this act (an `ItemContent`): drafting and each edit keep theirs. */
  readonly content?: { readonly [key: string]: JsonValue }
}

// An item's content as the JSON it is stored as.
const contentRow = (content: ItemContent) => content as unknown as { readonly [key: string]: JsonValue }

/**
 * The history of every item, one row per event, keyed `itemId/position` so an item's history
 * reads in order; the rows of drafting and editing keep the content of the version as it was then
 * (version 2 of the read model).
 * @category read models
 */
export const itemHistory: ReadModel<HistoryRow> = {
  name: "item-history",
  version: 2,
  keysOf: (stored) => {
    const event = routeEvent(stored)
    return event === undefined ? [] : [historyKey(event.itemId, stored.position)]
  },
  apply: (stored) => {
    const event = routeEvent(stored)
    if (event === undefined) return []
    const base = { itemId: event.itemId, position: stored.position, at: event.at, what: event._tag }
    const row: HistoryRow = (() => {
      switch (event._tag) {
        case "ItemDrafted":
          return Object.assign({}, base, {
            who: event.draftedBy,
            version: 1,
            why: event.content.title,
            content: contentRow(event.content),
          })
        case "ItemEdited":
          return Object.assign({}, base, {
            who: event.editedBy,
            version: event.version,
            content: contentRow(event.content),
          })
        case "ItemSubmitted":
          return Object.assign({}, base, { who: event.submittedBy, version: event.version })
        case "DecisionRecorded":
          return Object.assign({}, base, {
            who: event.recordedBy,
            version: event.version,
            why: event.remarks === undefined ? event.rationale : `${event.rationale} — ${event.remarks}`,
            decision: event.decisionId,
            body: event.body,
            outcome: event.outcome,
          })
        case "ItemWithdrawn":
          return Object.assign({}, base, { who: event.withdrawnBy, version: event.version, why: event.reason })
        case "DecisionRevoked":
          return Object.assign({}, base, {
            who: event.recordedBy,
            why: event.rationale,
            decision: event.decisionId,
            body: event.body,
            outcome: "revoke",
          })
        default: {
          const unknown: never = event
          return unknown
        }
      }
    })()
    return [{ key: historyKey(event.itemId, stored.position), row }]
  },
}

/** The key of a history row: the item id and the zero-padded position. @category read models */
export const historyKey = (itemId: string, position: number): string =>
  `${itemId}/${String(position).padStart(12, "0")}`

/** The read models of the approval routes. @category read models */
export const routeReadModels = [decisionRegister, itemOverview, itemHistory] as const
