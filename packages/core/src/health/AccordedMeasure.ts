import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { BudgetLine } from "../routes/Budget.js"
import type { ItemState } from "../routes/ItemState.js"

/**
 * An accorded proposal as the randvoorwaarden see it: when the DVO accorded it, the Best
 * Practices (measures) it contains, and its budget lines — whose organisations are the partners
 * that execute it.
 * @category health
 */
export interface AccordedMeasure {
  readonly itemId: string
  readonly decisionId: string
  readonly accordedOn: CalendarDate
  readonly practices: ReadonlyArray<string>
  readonly budget: ReadonlyArray<BudgetLine>
  /** For a pilot proposal: the municipalities that host the pilot, the only ones expected to start a track. */
  readonly pilotMunicipalities?: ReadonlyArray<string>
}

/** The accorded measure of an item, if the item is accorded and the accord not revoked. @category health */
export const accordedMeasureOf = (state: ItemState): AccordedMeasure | undefined => {
  if (!state.exists || state.status !== "accorded") return undefined
  const accord = [...state.decisions]
    .reverse()
    .find((d) => d.final && d.outcome === "accord" && d.revokedBy === undefined)
  return accord === undefined
    ? undefined
    : {
        itemId: state.itemId,
        decisionId: accord.decisionId,
        accordedOn: accord.meetingDate,
        practices: state.content.practices,
        budget: state.content.budget,
        ...(state.content.pilot === undefined ? {} : { pilotMunicipalities: state.content.pilot.municipalities }),
      }
}

/** The partner organisations of an accorded measure: those of its budget lines, each once. @category health */
export const partnersOf = (measure: AccordedMeasure): ReadonlyArray<string> => [
  ...new Set(measure.budget.map((line) => line.organisation as string)),
]
