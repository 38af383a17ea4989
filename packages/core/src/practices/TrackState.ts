import type { OrganisationId } from "../governance/Ids.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { Theme } from "../governance/Theme.js"
import type { PlannablePhase, TrackOrigin, TrackPhase } from "./TrackPhase.js"

/** The DVO's exemption of a municipality from an accorded measure. @category tracks */
export interface Exemption {
  readonly decisionId: string
  readonly meetingDate: CalendarDate
  readonly reason: string
}

/**
 * A measure's track in one municipality: its phase (`geen` before the first move), the reason when
 * not relevant, maatwerk notes, planned dates and the dates phases were reached, and any exemption.
 * @category tracks
 */
export interface TrackState {
  /** The measure, municipality and theme: known from the first event on. */
  readonly practiceId: string | undefined
  readonly municipality: OrganisationId | undefined
  readonly theme: Theme | undefined
  readonly phase: TrackOrigin
  readonly reason: string | undefined
  readonly maatwerk: ReadonlyArray<string>
  readonly planned: Readonly<Partial<Record<PlannablePhase, CalendarDate>>>
  readonly reached: Readonly<Partial<Record<TrackPhase, CalendarDate>>>
  readonly exemption: Exemption | undefined
}

/** A track before anything happened. @category tracks */
export const noTrack: TrackState = {
  practiceId: undefined,
  municipality: undefined,
  theme: undefined,
  phase: "geen",
  reason: undefined,
  maatwerk: [],
  planned: {},
  reached: {},
  exemption: undefined,
}
