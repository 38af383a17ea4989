import type { Theme } from "../governance/Theme.js"
import { Either } from "effect"
import type { StoredEvent } from "../ports/EventStore.js"
import type { ReadModel } from "../ports/ReadModel.js"
import { type TrackEvent, trackEventCodec } from "./trackEvents.js"

const trackEvent = (stored: StoredEvent): TrackEvent | undefined => {
  if (!trackEventCodec.handles(stored.type)) return undefined
  const decoded = trackEventCodec.fromStored(stored)
  return Either.isRight(decoded) ? decoded.right : undefined
}

/** A row of the track overview: one measure in one municipality. @category read models */
export type TrackRow = {
  readonly practiceId: string
  readonly municipality: string
  readonly theme: Theme
  readonly phase: "geen" | "niet_relevant" | "gepland" | "pilot" | "in_uitvoering" | "geborgd"
  readonly reason?: string
  readonly maatwerk: ReadonlyArray<string>
  readonly planned: { readonly pilot?: string; readonly in_uitvoering?: string; readonly geborgd?: string }
  readonly reached: { readonly [phase: string]: string }
  readonly exemption?: string
  readonly updatedAt: string
}

/** The key of a track row: `practiceId/municipality`. @category read models */
export const trackKey = (practiceId: string, municipality: string): string => `${practiceId}/${municipality}`

/**
 * Every track of every measure: its phase, reason, maatwerk, planned and reached dates and any
 * exemption. Filter with `where: { practiceId }`, `where: { municipality }` or `where: { theme }`.
 * @category read models
 */
export const trackOverview: ReadModel<TrackRow> = {
  name: "track-overview",
  version: 1,
  keysOf: (stored) => {
    const event = trackEvent(stored)
    return event === undefined ? [] : [trackKey(event.practiceId, event.municipality)]
  },
  apply: (stored, current) => {
    const event = trackEvent(stored)
    if (event === undefined) return []
    const key = trackKey(event.practiceId, event.municipality)
    const row: TrackRow = current.get(key) ?? {
      practiceId: event.practiceId,
      municipality: event.municipality,
      theme: event.theme,
      phase: "geen",
      maatwerk: [],
      planned: {},
      reached: {},
      updatedAt: event.at,
    }
    const next = ((): TrackRow => {
      switch (event._tag) {
        case "TrackMoved": {
          const { reason: _, ...rest } = row
          return Object.assign(
            {},
            rest,
            { phase: event.to },
            event.to === "niet_relevant" && event.reason !== undefined ? { reason: event.reason } : {},
            {
              maatwerk: event.maatwerk === undefined ? row.maatwerk : [...row.maatwerk, event.maatwerk],
              reached: Object.assign({}, row.reached, { [event.to]: event.on }),
            },
          )
        }
        case "TrackPlanned":
          return Object.assign({}, row, { planned: Object.assign({}, row.planned, { [event.phase]: event.plannedOn }) })
        case "MaatwerkNoted":
          return Object.assign({}, row, { maatwerk: [...row.maatwerk, event.note] })
        case "ExemptionGranted":
          return Object.assign({}, row, { exemption: event.decisionId })
        default: {
          const unknown: never = event
          return unknown
        }
      }
    })()
    return [{ key, row: Object.assign({}, next, { updatedAt: event.at }) }]
  },
}
