import { Either } from "effect"
import type { StoredEvent } from "../ports/EventStore.js"
import type { ReadModel } from "../ports/ReadModel.js"
import { historyKey } from "../routes/readModels.js"
import { type InformationEvent, informationEventCodec } from "./events.js"
import { scopeLabel } from "./InformationProduct.js"

const informationEvent = (event: StoredEvent): InformationEvent | undefined => {
  if (!informationEventCodec.handles(event.type)) return undefined
  const decoded = informationEventCodec.fromStored(event)
  return Either.isRight(decoded) ? decoded.right : undefined
}

/**
 * A row of the information catalogue: what a product is, never what it says. Title and summary
 * stay out of the catalogue so that listing products reveals nothing confidential; reading one
 * goes through the access rules.
 * @category read models
 */
export type InformationCatalogueRow = {
  readonly productId: string
  readonly kind: string
  readonly producer: string
  readonly scope: string
  readonly themes: ReadonlyArray<string>
  readonly classification: string
  readonly status: string
  readonly startedOn: string
  readonly deliveredOn?: string
  readonly motivates: ReadonlyArray<string>
  /** The date of the shareable summary the producer approved, if any (never its text). */
  readonly shareableSummaryApprovedOn?: string
  readonly updatedAt: string
}

/**
 * The catalogue of information products: kind, producer, scope, themes, classification, status
 * and the Best Practices each motivated.
 * @category read models
 */
export const informationCatalogue: ReadModel<InformationCatalogueRow> = {
  name: "information-products",
  version: 1,
  keysOf: (stored) => {
    const event = informationEvent(stored)
    return event === undefined || event._tag === "ConfidentialProductRead" ? [] : [event.productId]
  },
  apply: (stored, current) => {
    const event = informationEvent(stored)
    if (event === undefined) return []
    const row = current.get(event.productId)
    const update = (changes: Partial<InformationCatalogueRow>) =>
      row === undefined ? [] : [{ key: event.productId, row: Object.assign({}, row, changes, { updatedAt: event.at }) }]
    switch (event._tag) {
      case "ProductRegistered":
        return [
          {
            key: event.productId,
            row: {
              productId: event.productId,
              kind: event.kind,
              producer: event.producer,
              scope: scopeLabel(event.scope),
              themes: event.themes,
              classification: event.classification,
              status: "gestart",
              startedOn: event.startedOn,
              motivates: [],
              updatedAt: event.at,
            },
          },
        ]
      case "ProductDelivered":
        return update({ status: "opgeleverd", deliveredOn: event.deliveredOn })
      case "ProductContentRevised":
        return update({})
      case "PracticeLinked":
        return update({ motivates: [...(row?.motivates ?? []), event.practiceId] })
      case "PracticeUnlinked":
        return update({ motivates: (row?.motivates ?? []).filter((p) => p !== event.practiceId) })
      case "ConfidentialProductRead":
        return []
      case "ShareableSummaryApproved":
        return update({ shareableSummaryApprovedOn: event.approvedOn })
      default: {
        const unknown: never = event
        return unknown
      }
    }
  },
}

/** One recorded read of a confidential product. @category read models */
export type ConfidentialReadRow = {
  readonly productId: string
  readonly readBy: string
  readonly at: string
}

/**
 * The access log of confidential products: who read which, when. Keyed `productId/position`, so
 * a product's reads list in order.
 * @category read models
 */
export const confidentialReadLog: ReadModel<ConfidentialReadRow> = {
  name: "confidential-reads",
  version: 1,
  keysOf: (stored) => {
    const event = informationEvent(stored)
    return event?._tag === "ConfidentialProductRead" ? [historyKey(event.productId, stored.position)] : []
  },
  apply: (stored) => {
    const event = informationEvent(stored)
    return event?._tag === "ConfidentialProductRead"
      ? [
          {
            key: historyKey(event.productId, stored.position),
            row: { productId: event.productId, readBy: event.readBy, at: event.at },
          },
        ]
      : []
  },
}

/** The read models of information products. @category read models */
export const informationReadModels = [informationCatalogue, confidentialReadLog] as const
