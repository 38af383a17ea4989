import { dateOf } from "../kernel/CalendarDate.js"
import { withChanges } from "../kernel/withChanges.js"
import type { RouteEvent } from "./events.js"
import type { ItemState } from "./ItemState.js"

/**
 * The item after one of its events. Hot code: it runs for every event of every item read, so the
 * next state is built with `withChanges` (see docs/performance.md).
 * @category routes
 */
export const evolveItem = (state: ItemState, event: RouteEvent): ItemState => {
  switch (event._tag) {
    case "ItemDrafted":
      return {
        exists: true,
        itemId: event.itemId,
        kind: event.kind,
        draftingBody: event.draftingBody,
        status: "draft",
        version: 1,
        content: event.content,
        authors: [event.draftedBy],
        step: 0,
        submittedOn: undefined,
        decisions: [],
      }
    case "ItemEdited":
      return state.exists
        ? withChanges(state, {
            content: event.content,
            authors: state.authors.includes(event.editedBy) ? state.authors : [...state.authors, event.editedBy],
          })
        : state
    case "ItemSubmitted":
      return state.exists
        ? withChanges(state, {
            status: "submitted",
            step: 0,
            submittedOn: event.on ?? dateOf(event.at),
            content:
              event.progressReport === undefined
                ? state.content
                : withChanges(state.content, { progressReport: event.progressReport }),
          })
        : state
    case "DecisionRecorded": {
      if (!state.exists) return state
      const decisions = [
        ...state.decisions,
        {
          decisionId: event.decisionId,
          version: event.version,
          step: event.step,
          body: event.body,
          outcome: event.outcome,
          final: event.final,
          meetingDate: event.meetingDate,
          committedBudget: event.committedBudget,
        },
      ]
      if (event.outcome === "return") {
        return withChanges(state, {
          decisions,
          status: "returned",
          version: state.version + 1,
          step: 0,
          submittedOn: undefined,
        })
      }
      if (!event.final) return withChanges(state, { decisions, step: event.step + 1 })
      const status =
        event.outcome === "reject"
          ? "rejected"
          : event.outcome === "take-note"
            ? "noted"
            : event.outcome === "accord"
              ? "accorded"
              : "approved"
      return withChanges(state, { decisions, status })
    }
    case "ItemWithdrawn":
      return state.exists ? withChanges(state, { status: "withdrawn" }) : state
    case "DecisionRevoked":
      return state.exists
        ? withChanges(state, {
            status: "revoked",
            decisions: state.decisions.map((d) =>
              d.decisionId === event.revokes ? Object.assign({}, d, { revokedBy: event.decisionId }) : d,
            ),
          })
        : state
    default: {
      const unknown: never = event
      return unknown
    }
  }
}
