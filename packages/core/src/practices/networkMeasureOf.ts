import type { NetworkAgreementRegistered } from "./networkAgreementEvent.js"
import type { Practice } from "./PracticeState.js"
import { newPractice } from "./newPractice.js"

/**
 * The practice a registered network agreement makes: `vastgesteld_netwerk` from the start, with the
 * network's agreement and the DVO's note of it, and no accord of the programme.
 * @category practices
 */
export const networkMeasureOf = (event: NetworkAgreementRegistered): Practice =>
  newPractice(event, "vastgesteld_netwerk", {
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
  })
