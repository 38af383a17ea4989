import { Schema } from "effect"
import { planThemes, type Theme } from "../governance/Theme.js"
import { type PracticeStatus, PracticeStatus as PracticeStatusSchema } from "./PracticeStatus.js"
import type { TrackOrigin, TrackPhase } from "./TrackPhase.js"
import { trackPhases } from "./TrackPhase.js"

/**
 * The four phases of the programme. They overlap: one municipality still pilots a measure that
 * another already executes.
 * @category phases
 */
export const ProgrammePhase = Schema.Literal("inventariseren", "experimenteren", "uitvoeren", "borgen").annotations({
  identifier: "ProgrammePhase",
})
/** @category phases */
export type ProgrammePhase = typeof ProgrammePhase.Type

/** The names of the phases as the plan writes them. @category phases */
export const programmePhaseNames: Record<ProgrammePhase, { readonly nl: string; readonly en: string }> = {
  inventariseren: { nl: "1 Inventariseren Best Practices", en: "1 Inventory of Best Practices" },
  experimenteren: { nl: "2 Experimenteren / Pilots", en: "2 Experiments / pilots" },
  uitvoeren: { nl: "3 Uitvoeren Best Practices", en: "3 Executing Best Practices" },
  borgen: { nl: "4 Borgen Best Practices", en: "4 Embedding Best Practices" },
}

/** How many tracks stand in each phase and practices in each status, and which programme phases are active. @category phases */
export interface PhaseCounts {
  readonly tracks: Readonly<Record<TrackPhase, number>>
  readonly practices: Readonly<Record<PracticeStatus, number>>
  readonly active: ReadonlyArray<ProgrammePhase>
}

/**
 * The programme's phase picture: overall and per theme — every theme of the model, in its order,
 * then any other theme a practice carries.
 * @category phases
 */
export interface PhasePicture {
  readonly overall: PhaseCounts
  readonly byTheme: Readonly<Record<Theme, PhaseCounts>>
  /** The measures of the network track (agreements of the network the district executes) and their tracks, also counted above. */
  readonly network: PhaseCounts
}

const countsOf = (
  practices: ReadonlyArray<{ readonly status: PracticeStatus }>,
  tracks: ReadonlyArray<{ readonly phase: TrackOrigin }>,
): PhaseCounts => {
  const trackCounts = Object.fromEntries(trackPhases.map((p) => [p, 0])) as Record<TrackPhase, number>
  for (const t of tracks) if (t.phase !== "geen") trackCounts[t.phase]++
  const practiceCounts = Object.fromEntries(PracticeStatusSchema.literals.map((s) => [s, 0])) as Record<
    PracticeStatus,
    number
  >
  for (const p of practices) practiceCounts[p.status]++
  const active: Array<ProgrammePhase> = []
  if (practiceCounts.kandidaat > 0) active.push("inventariseren")
  if (practiceCounts.in_pilot > 0 || trackCounts.pilot > 0) active.push("experimenteren")
  if (
    trackCounts.gepland + trackCounts.in_uitvoering > 0 ||
    practiceCounts.geaccordeerd + practiceCounts.in_uitvoering > 0
  ) {
    active.push("uitvoeren")
  }
  if (trackCounts.geborgd + practiceCounts.geevalueerd + practiceCounts.overgedragen > 0) active.push("borgen")
  return { tracks: trackCounts, practices: practiceCounts, active }
}

const networkCounts = (
  practices: ReadonlyArray<{
    readonly practiceId?: string
    readonly status: PracticeStatus
    readonly network?: boolean
  }>,
  tracks: ReadonlyArray<{ readonly practiceId?: string; readonly phase: TrackOrigin }>,
): PhaseCounts => {
  const network = practices.filter((p) => p.network === true)
  const ids = new Set(network.map((p) => p.practiceId))
  return countsOf(
    network,
    tracks.filter((t) => t.practiceId !== undefined && ids.has(t.practiceId)),
  )
}

/**
 * The phase picture derived from every practice and every track: per theme and overall, the
 * tracks per phase, the practices per status, and the active programme phases — Inventariseren
 * while candidates wait, Experimenteren while pilots run, Uitvoeren while accorded measures are
 * planned or executed, Borgen while measures are embedded, evaluated or handed over. `themes` are
 * the model's theme ids (`model.themes`), the plan's three by default. Network measures
 * (`network: true`) count with the rest, and once more on their own in `network`.
 *
 * @example
 * ```ts
 * const picture = phasePicture(catalogueRows, trackRows, model.themes.map((t) => t.id))
 * picture.byTheme["ondermijnende-criminaliteit"].tracks.in_uitvoering // 7
 * ```
 * @category phases
 */
export const phasePicture = (
  practices: ReadonlyArray<{
    readonly practiceId?: string
    readonly theme: Theme
    readonly status: PracticeStatus
    readonly network?: boolean
  }>,
  tracks: ReadonlyArray<{ readonly practiceId?: string; readonly theme: Theme; readonly phase: TrackOrigin }>,
  themes: ReadonlyArray<Theme> = planThemes.map((t) => t.id),
): PhasePicture => ({
  overall: countsOf(practices, tracks),
  network: networkCounts(practices, tracks),
  byTheme: Object.fromEntries(
    [...new Set([...themes, ...practices.map((p) => p.theme), ...tracks.map((t) => t.theme)])].map((theme) => [
      theme,
      countsOf(
        practices.filter((p) => p.theme === theme),
        tracks.filter((t) => t.theme === theme),
      ),
    ]),
  ) as Record<Theme, PhaseCounts>,
})
