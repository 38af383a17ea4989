import type { Governance, Programme } from "@weerbaar/core"

/** A signal as the report shows it: the rule, the date, the explanation in Dutch, the actor's reason. */
export interface ReportSignal {
  readonly code: string
  readonly date: string
  readonly explanation: string
  readonly reason?: string
}

/** The signals of one measure (or of an act on no measure) in one municipality (or the programme). */
export interface ReportSignalMeasure {
  readonly measure: string
  readonly signals: ReadonlyArray<ReportSignal>
}

/** The signals of one municipality, per measure; `municipality` is "programma" for acts of no municipality. */
export interface ReportSignalGroup {
  readonly municipality: string
  readonly measures: ReadonlyArray<ReportSignalMeasure>
}

/** Where an act of no municipality goes, and an act of no measure (the item it was on, or none). */
const programmeWide = "programma"
const noMeasure = "—"

/**
 * The report's section "Signalen (pas toe of leg uit)": the signal-register's rows up to `asOf`,
 * per municipality (by name, the programme's own acts last) and per measure (its title and id).
 */
export const signalSection = (
  rows: ReadonlyArray<Programme.SignalRow>,
  model: Governance.GovernanceModel,
  practiceTitles: ReadonlyMap<string, string>,
  asOf: string,
): ReadonlyArray<ReportSignalGroup> => {
  const name = (id: string) => model.organisations.find((o) => o.id === id)?.name ?? id
  const measureOf = (row: Programme.SignalRow) =>
    row.practiceId !== undefined
      ? `${practiceTitles.get(row.practiceId) ?? row.practiceId} (${row.practiceId})`
      : (row.itemId ?? noMeasure)
  const groups = new Map<string, Map<string, Array<ReportSignal>>>()
  for (const row of [...rows].filter((r) => r.date <= asOf).sort((a, b) => a.at.localeCompare(b.at))) {
    const municipality = row.municipality === undefined ? programmeWide : name(row.municipality)
    const measures = groups.get(municipality) ?? new Map<string, Array<ReportSignal>>()
    const measure = measureOf(row)
    measures.set(measure, [
      ...(measures.get(measure) ?? []),
      {
        code: row.code,
        date: row.date,
        explanation: row.explanationNl,
        ...(row.reason === undefined ? {} : { reason: row.reason }),
      },
    ])
    groups.set(municipality, measures)
  }
  return [...groups]
    .sort(([a], [b]) => (a === programmeWide ? 1 : b === programmeWide ? -1 : a.localeCompare(b)))
    .map(([municipality, measures]) => ({
      municipality,
      measures: [...measures].map(([measure, signals]) => ({ measure, signals })),
    }))
}

/** One signal on a line: date, rule and explanation, and the reason when there is one. */
export const signalLine = (s: ReportSignal): string =>
  `${s.date} · ${s.code}: ${s.explanation}${s.reason === undefined ? "" : ` — reden: ${s.reason}`}`

/** The section's title. */
export const signalSectionTitle = "Signalen (pas toe of leg uit)"
