import { Schema } from "effect"

/**
 * Where a municipality stands with a measure: `niet_relevant` (with a reason), `gepland`, `pilot`,
 * `in_uitvoering`, `geborgd` (embedded in the regular work).
 * @category tracks
 */
export const TrackPhase = Schema.Literal("niet_relevant", "gepland", "pilot", "in_uitvoering", "geborgd").annotations({
  identifier: "TrackPhase",
})
/** @category tracks */
export type TrackPhase = typeof TrackPhase.Type

/** Every track phase, in the order of the programme. @category tracks */
export const trackPhases: ReadonlyArray<TrackPhase> = ["gepland", "pilot", "in_uitvoering", "geborgd", "niet_relevant"]

/** The phases a municipality plans a date for. @category tracks */
export const PlannablePhase = Schema.Literal("pilot", "in_uitvoering", "geborgd").annotations({
  identifier: "PlannablePhase",
})
/** @category tracks */
export type PlannablePhase = typeof PlannablePhase.Type

/** Where a track starts from: `geen` before its first move. @category tracks */
export type TrackOrigin = TrackPhase | "geen"

/**
 * The allowed moves of a track: from nothing to planned, pilot or not relevant; a plan becomes a
 * pilot or execution; a pilot is planned for execution or goes straight into it; execution becomes
 * embedded (`geborgd`); a measure becomes not relevant from any phase but `geborgd`, and relevant
 * again by being planned. Tempo is free; the order is not.
 * @category tracks
 */
export const trackEdges: Readonly<Record<TrackOrigin, ReadonlyArray<TrackPhase>>> = {
  geen: ["gepland", "pilot", "niet_relevant"],
  gepland: ["pilot", "in_uitvoering", "niet_relevant"],
  pilot: ["gepland", "in_uitvoering", "niet_relevant"],
  in_uitvoering: ["geborgd", "niet_relevant"],
  geborgd: [],
  niet_relevant: ["gepland"],
}

/** Whether a track may move from `from` to `to`. @category tracks */
export const isAllowedMove = (from: TrackOrigin, to: TrackPhase): boolean => trackEdges[from].includes(to)
