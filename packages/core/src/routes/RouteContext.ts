import type { DecisionContext } from "../kernel/Decider.js"
import type { BudgetPosition } from "./Budget.js"

/**
 * What the route decider knows besides the actor, the model and the moment: the programme's
 * budget position, to keep accorded budgets within what is available.
 * @category routes
 */
export interface RouteContext extends DecisionContext {
  readonly budget: BudgetPosition
}
