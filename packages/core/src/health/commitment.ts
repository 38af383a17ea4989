import { type CalendarDate, daysBetween } from "../kernel/CalendarDate.js"
import { areaOn } from "../governance/area.js"
import { tracksOn } from "../practices/tracksOn.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { type AccordedMeasure, partnersOf } from "./AccordedMeasure.js"
import { healthChecks as C } from "./healthChecks.js"
import { conditionOf, finding, type HealthCondition, signalAt } from "./HealthSignal.js"
import type { Confirmations } from "./partConfirmation.js"
import { hasStarted, type TrackProgress } from "./trackProgress.js"

/**
 * What commitment is computed from: the accorded measures, the progress of the tracks per
 * municipality, and the partners' confirmations per proposal.
 * @category health
 */
export interface CommitmentInput {
  readonly measures: ReadonlyArray<AccordedMeasure>
  readonly tracks: ReadonlyArray<TrackProgress>
  readonly confirmations: ReadonlyMap<string, Confirmations>
}

/**
 * Commitment (randvoorwaarde 2): for every accorded measure, the municipalities of the
 * programme's area on `date` (of a pilot proposal: its pilot municipalities) whose track (after
 * mergers, {@link tracksOn}) has not started N days after the accord, and the partners (with a budget
 * line of any funding, or a task) that have not confirmed their part, named by their names in the explanation.
 * @category health
 */
export const commitmentHealth = (
  model: GovernanceModel,
  input: CommitmentInput,
  date: CalendarDate,
): HealthCondition => {
  const settings = model.settings.health
  const tracks = new Map(tracksOn(model, input.tracks, date).map((t) => [`${t.practiceId}|${t.municipality}`, t]))
  return conditionOf(
    "commitment",
    input.measures.flatMap((measure) => {
      const days = daysBetween(measure.accordedOn, date)
      const confirmations = input.confirmations.get(measure.itemId) ?? new Map()
      const partners = partnersOf(measure)
      const confirmed = partners.filter((p) => confirmations.get(p)?.decisionId === measure.decisionId)
      const unconfirmed = partners.filter((p) => !confirmed.includes(p))
      const nameOf = (id: string) => model.organisations.find((o) => o.id === id)?.name ?? id
      return [
        ...measure.practices.map((practice) => {
          const expected = measure.pilotMunicipalities ?? areaOn(model, date)
          const notStarted = expected.filter((m) => !hasStarted(tracks.get(`${practice}|${m}`)))
          const signal =
            notStarted.length === 0
              ? "green"
              : signalAt(days, { amber: settings.trackStartAmberDays, red: settings.trackStartRedDays })
          return measure.network === undefined
            ? finding(C.tracksStarted, signal, {
                item: measure.itemId,
                practice,
                accordedOn: measure.accordedOn,
                days,
                notStarted,
              })
            : finding(C.networkTracksStarted, signal, {
                practice,
                agreement: measure.network,
                agreedOn: measure.accordedOn,
                days,
                notStarted,
              })
        }),
        // A network measure has no partners of the programme to confirm: the network agreed it.
        ...(measure.network !== undefined
          ? []
          : [
              finding(
                C.partsConfirmed,
                unconfirmed.length === 0
                  ? "green"
                  : signalAt(days, { amber: settings.confirmationAmberDays, red: settings.confirmationRedDays }),
                {
                  item: measure.itemId,
                  accordedOn: measure.accordedOn,
                  days,
                  unconfirmed,
                  confirmed,
                  unconfirmedNames: unconfirmed.map(nameOf),
                  confirmedNames: confirmed.map(nameOf),
                },
              ),
            ]),
      ]
    }),
  )
}
