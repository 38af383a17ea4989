import { withChanges } from "../kernel/withChanges.js"
import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { findOrganisation, mayActFor } from "../governance/queries.js"
import { outsideAreaViolations } from "./trackArea.js"
import { maatwerkDateOf, trackDateViolations } from "./trackDates.js"
import { exemptingBody, exemptionAuthorityViolations } from "./exemptionAuthority.js"
import { bodyDecisionViolations, recordedDecision } from "../meetings/recordedDecision.js"
import { actsForMunicipality } from "./municipalityAuthority.js"
import { practiceGroupOf } from "./practiceGroup.js"
import { practiceRules } from "./practiceRules.js"
import type { Practice, PracticeState } from "./PracticeState.js"
import { accordedStatuses, closedPracticeStatuses } from "./PracticeStatus.js"
import type { TrackCommand } from "./trackCommands.js"
import { ExemptionGranted, MaatwerkNoted, type TrackEvent, TrackMoved, TrackPlanned } from "./trackEvents.js"
import { isAllowedMove, trackEdges } from "./TrackPhase.js"
import { trackRules as T } from "./trackRules.js"
import { noTrack, type TrackState } from "./TrackState.js"
import type { OrganisationId } from "../governance/Ids.js"

/** What the track decider knows besides the actor, the model and the moment: the practice. @category tracks */
export interface TrackContext extends DecisionContext {
  readonly practice: PracticeState
}

const authorityViolations = (practice: Practice, municipality: OrganisationId, ctx: TrackContext) => {
  const today = dateOf(ctx.now)
  const group = practiceGroupOf(ctx.model, practice.description.theme)
  const forGroup = Option.isSome(group) && mayActFor(ctx.model, ctx.actor, group.value.id, today)
  return forGroup || actsForMunicipality(ctx.model, ctx.actor, municipality, today)
    ? []
    : [violation(T.mayNotMove, { person: ctx.actor, municipality, date: today })]
}

const municipalityViolations = (municipality: OrganisationId, ctx: TrackContext) => {
  const organisation = findOrganisation(ctx.model, municipality)
  return Option.isSome(organisation) && organisation.value.kind === "gemeente"
    ? []
    : [violation(T.notAMunicipality, { organisation: municipality })]
}

const closedViolations = (practice: Practice) =>
  closedPracticeStatuses.includes(practice.status)
    ? [violation(T.practiceClosed, { practice: practice.practiceId, status: practice.status })]
    : []

const violationsOf = (command: TrackCommand, state: TrackState, ctx: TrackContext): ReadonlyArray<RuleViolation> => {
  const { practice } = ctx
  if (!practice.exists) return [violation(practiceRules.notFound, { practice: command.practiceId })]
  const today = dateOf(ctx.now)
  const accorded = accordedStatuses.includes(practice.status)
  const common = [
    ...municipalityViolations(command.municipality, ctx),
    ...closedViolations(practice),
    ...trackDateViolations(command, state, practice, today),
  ]
  switch (command._tag) {
    case "MoveTrack": {
      const violations: Array<RuleViolation> = [...common, ...authorityViolations(practice, command.municipality, ctx)]
      if (!isAllowedMove(state.phase, command.to)) {
        violations.push(
          violation(T.moveNotAllowed, { from: state.phase, to: command.to, allowed: trackEdges[state.phase] }),
        )
      }
      if (!accorded && !closedPracticeStatuses.includes(practice.status)) {
        if (command.to !== "pilot") {
          violations.push(
            violation(T.notAccorded, { practice: practice.practiceId, status: practice.status, to: command.to }),
          )
        } else if (!practice.pilotMunicipalities.some((d) => d.municipality === command.municipality)) {
          violations.push(
            violation(T.notAPilotMunicipality, { practice: practice.practiceId, municipality: command.municipality }),
          )
        }
      }
      if (command.to === "niet_relevant") {
        if (command.reason === undefined)
          violations.push(violation(T.reasonRequired, { municipality: command.municipality }))
        if (accorded && state.exemption === undefined) {
          violations.push(
            violation(T.exemptionRequired, { practice: practice.practiceId, municipality: command.municipality }),
          )
        }
      }
      if (command.on > today) violations.push(violation(T.dateInFuture, { date: command.on, today }))
      violations.push(...outsideAreaViolations(practice, command.municipality, command.on, ctx.model))
      return violations
    }
    case "PlanTrack":
    case "NoteMaatwerk":
      return [
        ...common,
        ...authorityViolations(practice, command.municipality, ctx),
        ...outsideAreaViolations(practice, command.municipality, today, ctx.model),
      ]
    case "GrantExemption": {
      const violations: Array<RuleViolation> = [
        ...common,
        ...exemptionAuthorityViolations(ctx.model, ctx.actor, command.municipality, today),
        ...outsideAreaViolations(practice, command.municipality, command.meetingDate, ctx.model),
      ]
      if (!accorded) {
        violations.push(violation(T.exemptionBeforeAccord, { practice: practice.practiceId, status: practice.status }))
      }
      if (state.exemption !== undefined) {
        violations.push(
          violation(T.exemptionExists, { practice: practice.practiceId, municipality: command.municipality }),
        )
      }
      violations.push(
        ...bodyDecisionViolations(
          ctx.model,
          exemptingBody(ctx.model, ctx.actor, command.municipality, command.meetingDate),
          command,
          today,
        ),
      )
      return violations
    }
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const eventsOf = (command: TrackCommand, state: TrackState, ctx: TrackContext): ReadonlyArray<TrackEvent> => {
  const theme = ctx.practice.exists ? ctx.practice.description.theme : "ondermijnende-criminaliteit"
  const track = { practiceId: command.practiceId, municipality: command.municipality, theme }
  const by = ctx.actor
  const at = ctx.now
  switch (command._tag) {
    case "MoveTrack":
      return [
        new TrackMoved(
          Object.assign(
            {},
            track,
            { from: state.phase, to: command.to, on: command.on },
            command.reason === undefined ? {} : { reason: command.reason },
            command.maatwerk === undefined ? {} : { maatwerk: command.maatwerk },
            { movedBy: by, at },
          ),
          decidedEvent,
        ),
      ]
    case "PlanTrack":
      return [
        new TrackPlanned(
          Object.assign({}, track, { phase: command.phase, plannedOn: command.plannedOn, plannedBy: by, at }),
          decidedEvent,
        ),
      ]
    case "NoteMaatwerk":
      return [
        new MaatwerkNoted(
          Object.assign({}, track, { note: command.note, on: maatwerkDateOf(command, dateOf(at)), notedBy: by, at }),
          decidedEvent,
        ),
      ]
    case "GrantExemption":
      return [
        new ExemptionGranted(
          Object.assign({}, track, {
            decisionId: command.decisionId,
            meetingDate: command.meetingDate,
            reason: command.reason,
            ...recordedDecision(
              exemptingBody(ctx.model, ctx.actor, command.municipality, command.meetingDate),
              command,
            ),
            rationale: command.rationale,
            grantedBy: by,
            at,
          }),
          decidedEvent,
        ),
      ]
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

/** Folds a track event into the state. @category tracks */
export const evolveTrack = (previous: TrackState, event: TrackEvent): TrackState => {
  const state = Object.assign({}, previous, {
    practiceId: event.practiceId,
    municipality: event.municipality,
    theme: event.theme,
  })
  switch (event._tag) {
    case "TrackMoved":
      return withChanges(state, {
        phase: event.to,
        reason: event.to === "niet_relevant" ? event.reason : undefined,
        maatwerk: event.maatwerk === undefined ? state.maatwerk : [...state.maatwerk, event.maatwerk],
        reached: Object.assign({}, state.reached, { [event.to]: event.on }),
      })
    case "TrackPlanned":
      return withChanges(state, { planned: Object.assign({}, state.planned, { [event.phase]: event.plannedOn }) })
    case "MaatwerkNoted":
      return withChanges(state, { maatwerk: [...state.maatwerk, event.note] })
    case "ExemptionGranted":
      return withChanges(state, {
        exemption: { decisionId: event.decisionId, meetingDate: event.meetingDate, reason: event.reason },
      })
    default: {
      const unknown: never = event
      return unknown
    }
  }
}

/**
 * The decider of a measure's track in one municipality: moves along the allowed edges, planned
 * dates, maatwerk notes and the DVO's exemption. Before the accord only a pilot, in a designated
 * pilot municipality (or, signalled, on its own initiative); after it, `niet_relevant` only with a
 * reason, and without an exemption that reason is signalled (or refused, by the model's force).
 * Only for a municipality of the programme's area on the act's date (`track.outside-area`); the
 * exemption by the bestuurlijk body whose area holds the municipality (`track.body-outside-area`).
 *
 * @example
 * ```ts
 * trackDecider.decide(new MoveTrack({ practiceId, municipality, to: "pilot", on }), state, { ...ctx, practice })
 * ```
 * @category tracks
 */
export const trackDecider: Decider<TrackCommand, TrackEvent, TrackState, TrackContext> = {
  initialState: noTrack,
  decide: (command, state, ctx) =>
    judge(command, violationsOf(command, state, ctx), ctx.model, () => eventsOf(command, state, ctx)),
  evolve: evolveTrack,
}
