import { Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { Budget } from "../routes/Budget.js"
import { DecisionReference, PracticeId } from "./Practice.js"
import { PilotAccorded } from "./pilotAccordEvent.js"
import type { PracticeState } from "./PracticeState.js"

/** The DVO accorded the pilot proposal that proposed the practice. @category practices */
export class AccordPilot extends Schema.TaggedClass<AccordPilot>()("AccordPilot", {
  practiceId: PracticeId,
  accord: DecisionReference,
  municipalities: Schema.Array(Schema.String),
  budget: Budget,
  at: Timestamp,
}) {}

/**
 * The pilot's accord on the practice the pilot proposal proposed: `PilotAccorded`. A practice the
 * proposal does not hold (any more) changes nothing.
 * @category practices
 */
export const pilotAccordEvents = (command: AccordPilot, state: PracticeState): ReadonlyArray<PilotAccorded> =>
  state.exists && state.status === "voorgesteld" && state.proposal?.itemId === command.accord.itemId
    ? [
        new PilotAccorded(
          {
            practiceId: command.practiceId,
            accord: command.accord,
            municipalities: command.municipalities,
            budget: command.budget,
            at: command.at,
          },
          decidedEvent,
        ),
      ]
    : []

/**
 * Whether revoking `revokes` stops the practice's pilot: it is the pilot's accord, and the pilot
 * has not been evaluated yet (the practice is a candidate or in pilot).
 * @category practices
 */
export const revokesPilot = (state: PracticeState, revokes: string): boolean =>
  state.exists &&
  state.pilotAccord?.accord.decisionId === revokes &&
  (state.status === "kandidaat" || state.status === "in_pilot")
