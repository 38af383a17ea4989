import { withChanges } from "../kernel/withChanges.js"
import type { PilotAccorded } from "./pilotAccordEvent.js"
import type { PracticesLinked } from "./practiceLinkEvent.js"
import type { Practice } from "./PracticeState.js"

/**
 * Folds the pilot's accord into a practice: back to `kandidaat`, the proposal closed, the accord
 * remembered, and each municipality named (once) a pilot municipality with the accord's decision.
 * @category practices
 */
export const evolvePilotAccorded = (state: Practice, event: PilotAccorded): Practice => {
  const designated = new Set(state.pilotMunicipalities.map((d) => d.municipality))
  const added = [...new Set(event.municipalities)].filter((m) => !designated.has(m))
  return withChanges(state, {
    status: "kandidaat",
    proposal: undefined,
    pilotAccord: { accord: event.accord, municipalities: event.municipalities, budget: event.budget },
    pilotMunicipalities: [
      ...state.pilotMunicipalities,
      ...added.map((municipality) => ({
        municipality,
        decisionId: event.accord.decisionId,
        meetingDate: event.accord.meetingDate,
      })),
    ],
  })
}

/** Folds a link to a related practice into a practice. @category practices */
export const evolvePracticesLinked = (state: Practice, event: PracticesLinked): Practice =>
  withChanges(state, {
    related: [
      ...(state.related ?? []),
      { related: event.related, note: event.note, linkedBy: event.linkedBy, at: event.at },
    ],
  })
