import { Either } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { trackEventCodec } from "../practices/trackEvents.js"

/**
 * How far a municipality is with an accorded measure, as commitment needs it: its phase
 * (`geen` before anything happened) and whether the DVO exempted it.
 * @category health
 */
export interface TrackProgress {
  readonly practiceId: string
  readonly municipality: string
  readonly phase: string
  readonly since: CalendarDate | undefined
  readonly exempted: boolean
}

/**
 * The phases in which a municipality has taken up a measure: piloting, executing or embedded;
 * `niet_relevant` counts as dealt with, since it carries a reason.
 * @category health
 */
export const takenUpPhases: ReadonlyArray<string> = ["pilot", "in_uitvoering", "geborgd", "niet_relevant"]

/** Whether a track has been taken up (or exempted by the DVO). @category health */
export const hasStarted = (track: TrackProgress | undefined): boolean =>
  track !== undefined && (track.exempted || takenUpPhases.includes(track.phase))

/**
 * The progress of every track in a log, folded from the track streams
 * (`track-<practiceId>-<municipality>`): the phase of the last `TrackMoved`, and whether an
 * `ExemptionGranted` was recorded.
 * @category health
 */
export const trackProgressOf = (events: ReadonlyArray<StoredEvent>): ReadonlyArray<TrackProgress> => {
  const tracks = new Map<string, TrackProgress>()
  for (const stored of events) {
    if (!stored.streamId.startsWith("track-") || !trackEventCodec.handles(stored.type)) continue
    const decoded = trackEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) continue
    const event = decoded.right
    const key = `${event.practiceId}|${event.municipality}`
    const earlier = tracks.get(key) ?? {
      practiceId: event.practiceId,
      municipality: event.municipality,
      phase: "geen",
      since: undefined,
      exempted: false,
    }
    if (event._tag === "TrackMoved") tracks.set(key, { ...earlier, phase: event.to, since: event.on })
    if (event._tag === "ExemptionGranted") tracks.set(key, { ...earlier, exempted: true })
  }
  return [...tracks.values()]
}
