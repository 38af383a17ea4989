import { Option } from "effect"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { OrganisationId } from "../governance/Ids.js"
import { findOrganisation } from "../governance/queries.js"
import { themeName } from "../governance/Theme.js"
import type { PracticeRow } from "./practiceReadModels.js"
import type { TrackRow } from "./trackOverview.js"
import type { PracticeStatus } from "./PracticeStatus.js"

/** The phase of a track row: a phase, or `geen` before the first move. @category practices */
export type CoherencePhase = TrackRow["phase"]

/** The phases of an active track: the measure runs in the municipality. @category practices */
export const activeCoherencePhases: ReadonlyArray<CoherencePhase> = ["pilot", "in_uitvoering", "geborgd"]

/** A measure's track in one municipality, by name. @category practices */
export interface CoherenceTrack {
  readonly municipality: string
  readonly municipalityName: string
  readonly phase: CoherencePhase
}

/** A measure of a theme, with its status and its tracks. @category practices */
export interface CoherenceMeasure {
  readonly practiceId: string
  readonly title: string
  readonly status: PracticeStatus
  readonly tracks: ReadonlyArray<CoherenceTrack>
}

/** A theme with its measures. @category practices */
export interface CoherenceTheme {
  readonly theme: string
  readonly themeName: string
  readonly measures: ReadonlyArray<CoherenceMeasure>
}

/** A practice as one side of a link. @category practices */
export interface LinkedPractice {
  readonly practiceId: string
  readonly title: string
  readonly theme: string
  readonly themeName: string
}

/** Two linked practices (each pair once), whether of different themes, and why they belong together. @category practices */
export interface CoherenceLink {
  readonly practice: LinkedPractice
  readonly related: LinkedPractice
  readonly acrossThemes: boolean
  readonly note: string
}

/** A municipality where active measures of two or more themes meet. @category practices */
export interface CoherenceOverlap {
  readonly municipality: string
  readonly municipalityName: string
  readonly themes: ReadonlyArray<{
    readonly theme: string
    readonly themeName: string
    readonly measures: ReadonlyArray<{
      readonly practiceId: string
      readonly title: string
      readonly phase: CoherencePhase
    }>
  }>
}

/**
 * The coherence view (samenhang) the Stuurgroep guards: per theme the measures with their status and
 * their tracks' phases; across themes the linked pairs, and the municipalities where active tracks
 * (pilot, in uitvoering, geborgd) of measures of two or more themes meet.
 * @category practices
 */
export interface Coherence {
  readonly themes: ReadonlyArray<CoherenceTheme>
  readonly links: ReadonlyArray<CoherenceLink>
  readonly overlaps: ReadonlyArray<CoherenceOverlap>
}

const municipalityName = (model: Pick<GovernanceModel, "organisations">, id: string): string =>
  Option.match(findOrganisation(model as GovernanceModel, id as OrganisationId), {
    onNone: () => id,
    onSome: (o) => o.name,
  })

/**
 * The coherence view from the rows of the practice catalogue and the track overview (never the whole
 * log), with the names of the model's themes and municipalities. Themes in the model's order (then
 * any others), measures and municipalities by name.
 *
 * @example
 * ```ts
 * const view = coherence(model, yield* queryAll(store, practiceCatalogue), yield* queryAll(store, trackOverview))
 * ```
 * @category practices
 */
export const coherence = (
  model: Pick<GovernanceModel, "themes" | "organisations">,
  practices: ReadonlyArray<PracticeRow>,
  tracks: ReadonlyArray<TrackRow>,
): Coherence => {
  const byId = new Map(practices.map((p) => [p.practiceId, p]))
  const nameOfTheme = (theme: string) => themeName(model.themes, theme).nl
  const themeOrder = [
    ...model.themes.map((t) => t.id as string),
    ...[...new Set(practices.map((p) => p.theme as string))]
      .filter((t) => !model.themes.some((d) => d.id === t))
      .sort(),
  ]
  const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, "nl")
  const tracksOf = (practiceId: string): ReadonlyArray<CoherenceTrack> =>
    tracks
      .filter((t) => t.practiceId === practiceId && t.phase !== "geen")
      .map((t) => ({
        municipality: t.municipality,
        municipalityName: municipalityName(model, t.municipality),
        phase: t.phase,
      }))
      .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, "nl"))
  const themes = themeOrder.map((theme) => ({
    theme,
    themeName: nameOfTheme(theme),
    measures: practices
      .filter((p) => p.theme === theme)
      .map((p) => ({ practiceId: p.practiceId, title: p.title, status: p.status, tracks: tracksOf(p.practiceId) }))
      .sort(byTitle),
  }))
  const side = (p: PracticeRow): LinkedPractice => ({
    practiceId: p.practiceId,
    title: p.title,
    theme: p.theme,
    themeName: nameOfTheme(p.theme),
  })
  const seen = new Set<string>()
  const links: Array<CoherenceLink> = []
  for (const p of [...practices].sort(byTitle)) {
    for (const link of p.related ?? []) {
      const other = byId.get(link.practiceId)
      const pair = [p.practiceId, link.practiceId].sort().join("|")
      if (other === undefined || seen.has(pair)) continue
      seen.add(pair)
      links.push({ practice: side(p), related: side(other), acrossThemes: p.theme !== other.theme, note: link.note })
    }
  }
  const active = tracks.filter((t) => activeCoherencePhases.includes(t.phase) && byId.has(t.practiceId))
  const overlaps = [...new Set(active.map((t) => t.municipality))]
    .map((municipality) => {
      const here = active.filter((t) => t.municipality === municipality)
      const themesHere = themeOrder
        .map((theme) => ({
          theme,
          themeName: nameOfTheme(theme),
          measures: here
            .filter((t) => byId.get(t.practiceId)?.theme === theme)
            .map((t) => ({
              practiceId: t.practiceId,
              title: byId.get(t.practiceId)?.title ?? t.practiceId,
              phase: t.phase,
            }))
            .sort(byTitle),
        }))
        .filter((t) => t.measures.length > 0)
      return { municipality, municipalityName: municipalityName(model, municipality), themes: themesHere }
    })
    .filter((o) => o.themes.length >= 2)
    .sort((a, b) => a.municipalityName.localeCompare(b.municipalityName, "nl"))
  return { themes, links, overlaps }
}
