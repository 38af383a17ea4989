import { Effect } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { Localized } from "../kernel/Localized.js"
import type { EventStoreFailure } from "../ports/EventStore.js"
import { queryAll, type ReadModelStoreShape } from "../ports/ReadModel.js"
import { type SignalRow, signalRegister } from "./signalRegister.js"

/** A signal as health lists it: the rule's code, its date, explanation and the act's measure. @category health */
export type ListedSignal = {
  readonly code: string
  readonly date: string
  readonly explanation: Localized
  readonly practiceId?: string
  readonly itemId?: string
}

/**
 * The signals of the programme up to a date, as health shows them (comply or explain): how often
 * each rule was signalled, and per municipality the open ones — signalled without the actor's
 * reason, so still to be explained to the bestuurlijk body.
 * @category health
 */
export interface ComplyOrExplain {
  readonly date: CalendarDate
  readonly byRule: ReadonlyArray<{ readonly code: string; readonly count: number }>
  readonly openByMunicipality: ReadonlyArray<{
    readonly municipality: string
    readonly signals: ReadonlyArray<ListedSignal>
  }>
}

const listed = (row: SignalRow): ListedSignal => ({
  code: row.code,
  date: row.date,
  explanation: { nl: row.explanationNl, en: row.explanationEn },
  ...(row.practiceId === undefined ? {} : { practiceId: row.practiceId }),
  ...(row.itemId === undefined ? {} : { itemId: row.itemId }),
})

/** {@link ComplyOrExplain} of the signal-register's rows on `date`: rules and municipalities in order of name. @category health */
export const complyOrExplainOf = (rows: ReadonlyArray<SignalRow>, date: CalendarDate): ComplyOrExplain => {
  const upTo = rows.filter((r) => r.date <= date).sort((a, b) => a.at.localeCompare(b.at))
  const counts = new Map<string, number>()
  const open = new Map<string, Array<ListedSignal>>()
  for (const row of upTo) {
    counts.set(row.code, (counts.get(row.code) ?? 0) + 1)
    if (row.municipality !== undefined && row.reason === undefined) {
      open.set(row.municipality, [...(open.get(row.municipality) ?? []), listed(row)])
    }
  }
  return {
    date,
    byRule: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([code, count]) => ({ code, count })),
    openByMunicipality: [...open]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([municipality, signals]) => ({ municipality, signals })),
  }
}

/**
 * The programme's signals on `date`, read from the `signal-register` (not by folding the log).
 *
 * @example
 * ```ts
 * const section = yield* complyOrExplain(yield* ReadModelStore, calendarDate("2016-12-31"))
 * section.byRule // [{ code: "track.not-a-pilot-municipality", count: 1 }]
 * ```
 * @category health
 */
export const complyOrExplain = (
  readModels: ReadModelStoreShape,
  date: CalendarDate,
): Effect.Effect<ComplyOrExplain, EventStoreFailure> =>
  Effect.map(queryAll(readModels, signalRegister), (rows) => complyOrExplainOf(rows, date))
