import { Either, Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import type { StoredEvent } from "../ports/EventStore.js"

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

const TrackMovedFacts = Schema.Struct({
  practiceId: Schema.String,
  municipality: Schema.String,
  to: Schema.String,
  on: CalendarDate,
})
const ExemptionFacts = Schema.Struct({ practiceId: Schema.String, municipality: Schema.String })

/**
 * The progress of every track in a log, read from the track streams (`track-<practiceId>-<municipality>`)
 * by the durable contract of their events: `TrackMoved` (`practiceId`, `municipality`, `to`, `on`)
 * and `ExemptionGranted`. Only those fields are read, so this stays independent of the rest of the
 * track aggregate.
 * @category health
 */
export const trackProgressOf = (events: ReadonlyArray<StoredEvent>): ReadonlyArray<TrackProgress> => {
  const tracks = new Map<string, TrackProgress>()
  const key = (f: { practiceId: string; municipality: string }) => `${f.practiceId}|${f.municipality}`
  for (const stored of events) {
    if (!stored.streamId.startsWith("track-")) continue
    if (stored.type === "TrackMoved") {
      const moved = Schema.decodeUnknownEither(TrackMovedFacts)(stored.payload)
      if (Either.isLeft(moved)) continue
      const f = moved.right
      const earlier = tracks.get(key(f))
      tracks.set(key(f), { ...f, phase: f.to, since: f.on, exempted: earlier?.exempted ?? false })
    } else if (stored.type === "ExemptionGranted") {
      const exempted = Schema.decodeUnknownEither(ExemptionFacts)(stored.payload)
      if (Either.isLeft(exempted)) continue
      const f = exempted.right
      const earlier = tracks.get(key(f))
      tracks.set(key(f), { phase: "geen", since: undefined, ...earlier, ...f, exempted: true })
    }
  }
  return [...tracks.values()]
}
