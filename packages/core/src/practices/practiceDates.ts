import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { PracticeCommand } from "./practiceCommands.js"
import { practiceRules as P } from "./practiceRules.js"
import type { Practice } from "./PracticeState.js"
import { evaluationBeforeStart } from "./rules/evaluationBeforeStart.js"
import { executionBeforeAccord } from "./rules/executionBeforeAccord.js"
import { pilotBeforeDesignation } from "./rules/pilotBeforeDesignation.js"

/** The date a pilot or an execution started: the command's own, or the day it is recorded. @category practices */
export const startDateOf = (command: { readonly startedOn?: CalendarDate | undefined }, today: CalendarDate) =>
  command.startedOn ?? today

const inFuture = (date: CalendarDate, today: CalendarDate): ReadonlyArray<RuleViolation> =>
  date > today ? [violation(P.dateInFuture, { date, today })] : []

/**
 * The rules on the dates of a practice's acts, against what they depend on: a pilot starts not
 * before the first designation of a pilot municipality, the execution not before the accord, an
 * evaluation not before the start of the pilot or execution it evaluates; and none in the future.
 * @category practices
 */
export const practiceDateViolations = (
  command: PracticeCommand,
  practice: Practice,
  today: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  switch (command._tag) {
    case "StartPilot": {
      const startedOn = startDateOf(command, today)
      const designatedOn = practice.pilotMunicipalities.map((d) => d.meetingDate).sort()[0]
      return [
        ...(designatedOn !== undefined && startedOn < designatedOn
          ? [violation(pilotBeforeDesignation, { practice: practice.practiceId, startedOn, designatedOn })]
          : []),
        ...inFuture(startedOn, today),
      ]
    }
    case "StartExecution": {
      const startedOn = startDateOf(command, today)
      const accordedOn = practice.accord?.meetingDate
      return [
        ...(accordedOn !== undefined && startedOn < accordedOn
          ? [violation(executionBeforeAccord, { practice: practice.practiceId, startedOn, accordedOn })]
          : []),
        ...inFuture(startedOn, today),
      ]
    }
    case "RecordEvaluation": {
      const { evaluation } = command
      const startedOn = evaluation.kind === "pilot" ? practice.pilotStartedOn : practice.executionStartedOn
      return startedOn !== undefined && evaluation.evaluatedOn < startedOn
        ? [
            violation(evaluationBeforeStart, {
              evaluation: evaluation.evaluationId,
              kind: evaluation.kind,
              evaluatedOn: evaluation.evaluatedOn,
              startedOn,
            }),
          ]
        : []
    }
    default:
      return []
  }
}
