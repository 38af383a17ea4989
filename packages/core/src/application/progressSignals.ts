import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { ReportSignal, ReportSignalGroup } from "../routes/ProgressReport.js"
import type { SignalRow } from "./signalRegister.js"

/** Where an act of no municipality goes, and an act of no measure (the item it was on, or none). */
const programmeWide = "programma"
const noMeasure = "—"

/**
 * The signals (comply or explain) of a progress report: the signal-register's rows up to `asOf`,
 * per municipality (by name, the programme's own acts last) and per measure (its title and id).
 *
 * @example
 * ```ts
 * progressSignals(rows, model, new Map([["bp-1", "Integrale controles"]]), "2017-03-01")
 * ```
 * @category progress report
 */
export const progressSignals = (
  rows: ReadonlyArray<SignalRow>,
  model: Pick<GovernanceModel, "organisations">,
  practiceTitles: ReadonlyMap<string, string>,
  asOf: string,
): ReadonlyArray<ReportSignalGroup> => {
  const name = (id: string) => model.organisations.find((o) => o.id === id)?.name ?? id
  const measureOf = (row: SignalRow) =>
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
