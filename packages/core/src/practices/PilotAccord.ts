import type { BudgetLine } from "../routes/Budget.js"
import type { DecisionReference } from "./Practice.js"

/**
 * The DVO's accord of a pilot proposal that contained a practice: the decision, the municipalities
 * that host the pilot (they become its pilot municipalities with that decision) and the pilot's
 * budget. The practice stays a candidate: the expert group starts the pilot.
 * @category practices
 */
export interface PilotAccord {
  readonly accord: DecisionReference
  readonly municipalities: ReadonlyArray<string>
  readonly budget: ReadonlyArray<BudgetLine>
}
