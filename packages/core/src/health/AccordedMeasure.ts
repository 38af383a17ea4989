import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { BudgetLine } from "../routes/Budget.js"
import type { ItemState } from "../routes/ItemState.js"
import type { NetworkAgreementRegistered } from "../practices/networkAgreementEvent.js"
import type { PartnerTask } from "../routes/PartnerTask.js"

/**
 * An accorded proposal as the randvoorwaarden see it: when the DVO accorded it, the Best
 * Practices (measures) it contains, its budget lines (whatever their funding) and the tasks of
 * partners without money — whose organisations are the partners that execute it.
 * @category health
 */
export interface AccordedMeasure {
  readonly itemId: string
  readonly decisionId: string
  readonly accordedOn: CalendarDate
  readonly practices: ReadonlyArray<string>
  readonly budget: ReadonlyArray<BudgetLine>
  readonly tasks: ReadonlyArray<PartnerTask>
  /** For a measure of the network track: the network's agreement; `accordedOn` is its date. */
  readonly network?: string
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
        tasks: state.content.tasks ?? [],
        ...(state.content.pilot === undefined ? {} : { pilotMunicipalities: state.content.pilot.municipalities }),
      }
}

/**
 * The partner organisations of an accorded measure: those of its budget lines (any funding) and of
 * its tasks, each once, in that order.
 * @category health
 */
export const partnersOf = (measure: Pick<AccordedMeasure, "budget" | "tasks">): ReadonlyArray<string> => [
  ...new Set([
    ...measure.budget.map((line) => line.organisation as string),
    ...(measure.tasks ?? []).map((task) => task.organisation as string),
  ]),
]

/**
 * The measure a network agreement makes: executed by every municipality from the date the network
 * agreed it, with no budget of the programme (its `itemId` is the practice's).
 * @category health
 */
export const networkMeasureOfEvent = (event: NetworkAgreementRegistered): AccordedMeasure => ({
  itemId: event.practiceId,
  decisionId: event.decisionId,
  accordedOn: event.agreement.agreedOn,
  practices: [event.practiceId],
  budget: [],
  tasks: [],
  network: event.agreement.name,
})
