import type { DecisionContext } from "../kernel/Decider.js"
import type { AccordedMeasure } from "./AccordedMeasure.js"

/**
 * What the deciders of execution know besides actor, model and moment: the accorded measure the
 * command concerns, if the proposal is accorded.
 * @category health
 */
export interface ExecutionContext extends DecisionContext {
  readonly measure: AccordedMeasure | undefined
}
