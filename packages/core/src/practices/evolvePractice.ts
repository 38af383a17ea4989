import { dateOf } from "../kernel/CalendarDate.js"
import { withChanges } from "../kernel/withChanges.js"
import type { PracticeEvent } from "./practiceEvents.js"
import type { PracticeState } from "./PracticeState.js"
import { networkMeasureOf } from "./networkMeasureOf.js"
import { newPractice } from "./newPractice.js"
import { keepsNetworkStatus, revised } from "./importedPractice.js"
import { evolvePilotAccorded, evolvePracticesLinked } from "./evolvePilotAccord.js"

/** Folds a practice event into the state. @category practices */
export const evolvePractice = (state: PracticeState, event: PracticeEvent): PracticeState => {
  if (event._tag === "PracticeRegistered") return newPractice(event, "kandidaat")
  if (event._tag === "NetworkAgreementRegistered") return networkMeasureOf(event)
  if (event._tag === "PracticeImported") {
    return newPractice(event, "overgedragen", {
      documentation: event.documentation,
      evaluations: event.evaluations,
      pilotMunicipalities: event.pilotMunicipalities,
      accord: event.accord,
      budget: event.budget,
      handover: event.handover,
      importedFrom: event.from,
    })
  }
  if (!state.exists) return state
  switch (event._tag) {
    case "PracticeDocumented":
      return withChanges(state, { documentation: event.documentation })
    case "PilotMunicipalityDesignated":
      return withChanges(state, {
        pilotMunicipalities: [
          ...state.pilotMunicipalities,
          { municipality: event.municipality, decisionId: event.decisionId, meetingDate: event.meetingDate },
        ],
      })
    case "PilotStarted":
      return withChanges(state, { status: "in_pilot", pilotStartedOn: event.startedOn ?? dateOf(event.at) })
    case "EvaluationRecorded":
      return withChanges(state, {
        evaluations: [...state.evaluations, event.evaluation],
        status: keepsNetworkStatus(state)
          ? state.status
          : event.evaluation.kind === "pilot"
            ? "beproefd"
            : "geevalueerd",
      })
    case "PracticeProposed":
      return withChanges(state, {
        status: "voorgesteld",
        proposal: { itemId: event.itemId, previousStatus: event.previousStatus },
      })
    case "PracticeProposalClosed":
      return withChanges(state, { status: event.restoredStatus, proposal: undefined })
    case "PracticeAccorded":
      return withChanges(state, {
        status: "geaccordeerd",
        proposal: undefined,
        accord: event.accord,
        budget: event.budget,
      })
    case "ExecutionStarted":
      return withChanges(state, {
        status: keepsNetworkStatus(state) ? state.status : "in_uitvoering",
        executionStartedOn: event.startedOn ?? dateOf(event.at),
      })
    case "PracticeHandedOver":
      return withChanges(state, { status: "overgedragen", handover: event.handover })
    case "PracticeEstablished":
      return withChanges(state, { status: "vastgesteld_netwerk", agreement: event.agreement })
    case "PracticeRejected":
      return withChanges(state, { status: "afgewezen", closingReason: event.reason })
    case "PracticeStopped":
      return withChanges(state, { status: "gestopt", proposal: undefined, closingReason: event.reason })
    case "PracticeRevised":
      return revised(state, event)
    case "PilotAccorded":
      return evolvePilotAccorded(state, event)
    case "PracticesLinked":
      return evolvePracticesLinked(state, event)
    default: {
      const unknown: never = event
      return unknown
    }
  }
}
