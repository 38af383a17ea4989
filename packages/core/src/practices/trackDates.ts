import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { Practice } from "./PracticeState.js"
import { exemptionDatedBeforeAccord } from "./rules/exemptionDatedBeforeAccord.js"
import { trackBeforeAccord } from "./rules/trackBeforeAccord.js"
import { trackBeforePreviousMove } from "./rules/trackBeforePreviousMove.js"
import { trackPilotBeforeDesignation } from "./rules/trackPilotBeforeDesignation.js"
import type { TrackCommand } from "./trackCommands.js"
import { trackRules as T } from "./trackRules.js"
import type { TrackState } from "./TrackState.js"

/** The date a maatwerk note was made: its own, or the day it is recorded. @category tracks */
export const maatwerkDateOf = (command: { readonly on?: CalendarDate | undefined }, today: CalendarDate) =>
  command.on ?? today

// A network measure binds its municipalities from the day the network agreed it.
const accordedOn = (practice: Practice): CalendarDate | undefined =>
  practice.accord?.meetingDate ?? practice.network?.agreement.agreedOn

const beforeAccord = (practice: Practice, date: CalendarDate): ReadonlyArray<RuleViolation> => {
  const since = accordedOn(practice)
  return since !== undefined && date < since
    ? [violation(trackBeforeAccord, { practice: practice.practiceId, date, accordedOn: since })]
    : []
}

/**
 * The rules on the dates of a track's acts, against what they depend on: a move not before the
 * move that reached the phase it leaves; a designated municipality's pilot not before its
 * designation; a move of the execution, a maatwerk note (but of a pilot) and the DVO's exemption
 * not before the accord; a note not in the future.
 * @category tracks
 */
export const trackDateViolations = (
  command: TrackCommand,
  state: TrackState,
  practice: Practice,
  today: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  switch (command._tag) {
    case "MoveTrack": {
      const violations: Array<RuleViolation> = []
      const reachedOn = state.phase === "geen" ? undefined : state.reached[state.phase]
      if (reachedOn !== undefined && command.on < reachedOn) {
        violations.push(violation(trackBeforePreviousMove, { date: command.on, phase: state.phase, reachedOn }))
      }
      if (command.to !== "pilot") return [...violations, ...beforeAccord(practice, command.on)]
      const designation = practice.pilotMunicipalities.find((d) => d.municipality === command.municipality)
      if (designation !== undefined && command.on < designation.meetingDate) {
        violations.push(
          violation(trackPilotBeforeDesignation, {
            municipality: command.municipality,
            date: command.on,
            designatedOn: designation.meetingDate,
          }),
        )
      }
      return violations
    }
    case "NoteMaatwerk": {
      const date = maatwerkDateOf(command, today)
      const pilotBefore = state.reached.pilot !== undefined && state.reached.pilot <= date
      return [
        ...(pilotBefore ? [] : beforeAccord(practice, date)),
        ...(date > today ? [violation(T.dateInFuture, { date, today })] : []),
      ]
    }
    case "GrantExemption":
      return practice.accord !== undefined && command.meetingDate < practice.accord.meetingDate
        ? [
            violation(exemptionDatedBeforeAccord, {
              practice: practice.practiceId,
              meetingDate: command.meetingDate,
              accordedOn: practice.accord.meetingDate,
            }),
          ]
        : []
    case "PlanTrack":
      return []
    default: {
      const unknown: never = command
      return unknown
    }
  }
}
