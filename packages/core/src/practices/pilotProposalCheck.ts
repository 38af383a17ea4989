import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { RouteCommand } from "../routes/commands.js"
import type { ItemState } from "../routes/ItemState.js"
import type { PracticeState } from "./PracticeState.js"
import { pilotPracticeNotCandidate } from "./rules/pilotPracticeCandidate.js"

/**
 * What a pilot proposal is checked against its practices when it is submitted: it names at least
 * one, and every one is a catalogued candidate (`kandidaat`).
 * @category practices
 */
export const pilotProposalViolations = (
  command: RouteCommand,
  item: ItemState,
  practices: ReadonlyMap<string, PracticeState>,
): ReadonlyArray<RuleViolation> => {
  if (!item.exists || item.kind !== "beleidsvoorstel" || item.content.pilot === undefined) return []
  if (command._tag !== "SubmitItem" || (item.status !== "draft" && item.status !== "returned")) return []
  if (item.content.practices.length === 0) {
    return [violation(pilotPracticeNotCandidate, { item: item.itemId, practice: "", status: "" })]
  }
  return item.content.practices.flatMap((practice) => {
    const state = practices.get(practice)
    const status = state?.exists ? state.status : "onbekend"
    return status === "kandidaat" ? [] : [violation(pilotPracticeNotCandidate, { item: item.itemId, practice, status })]
  })
}
