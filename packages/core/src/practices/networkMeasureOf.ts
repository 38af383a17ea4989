import type { NetworkAgreementRegistered } from "./networkAgreementEvent.js"
import type { Practice } from "./PracticeState.js"

/**
 * The practice a registered network agreement makes: `vastgesteld_netwerk` from the start, with the
 * network's agreement and the DVO's note of it, and no accord of the programme.
 * @category practices
 */
export const networkMeasureOf = (event: NetworkAgreementRegistered): Practice => {
  const { practiceId, theme, title, description, origin, source, intendedEffects } = event
  return {
    exists: true,
    practiceId,
    description: { theme, title, description, origin, source, intendedEffects },
    status: "vastgesteld_netwerk",
    documentation: undefined,
    evaluations: [],
    pilotMunicipalities: [],
    pilotStartedOn: undefined,
    executionStartedOn: undefined,
    proposal: undefined,
    accord: undefined,
    budget: [],
    handover: undefined,
    agreement: undefined,
    importedFrom: undefined,
    network: {
      agreement: event.agreement,
      noted: {
        itemId: "",
        decisionId: event.decisionId,
        body: event.body ?? "dvo",
        bodyName: event.body ?? "dvo",
        meetingDate: event.meetingDate,
      },
    },
    closingReason: undefined,
  }
}
