import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { evolvePractice } from "./evolvePractice.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { Theme } from "../governance/Theme.js"
import { BodyId } from "../governance/Ids.js"
import { bodyOfLevel, findOrganisation, mayActFor, membersOn } from "../governance/queries.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { bodyDecisionViolations, recordedDecision } from "../meetings/recordedDecision.js"
import type { Aggregate } from "../kernel/Aggregate.js"
import type { PracticeCommand } from "./practiceCommands.js"
import { decidePracticeReaction, isPracticeReaction, type PracticeReaction } from "./practiceReactions.js"
import {
  EvaluationRecorded,
  ExecutionStarted,
  PilotMunicipalityDesignated,
  PilotStarted,
  PracticeDocumented,
  type PracticeEvent,
  practiceEventCodec,
  PracticeRegistered,
  PracticeRejected,
  PracticeStopped,
} from "./practiceEvents.js"
import { practiceGroupOf } from "./practiceGroup.js"
import {
  networkExecutionViolations,
  networkStatuses,
  revisedEvent,
  revisionViolations,
  withNetworkStatuses,
} from "./importedPractice.js"
import { practiceDateViolations, startDateOf } from "./practiceDates.js"
import { hostsPilotsOn, pilotOutsideArea } from "./pilotArea.js"
import { trackRules } from "./trackRules.js"
import { practiceRules as P } from "./practiceRules.js"
import { networkAgreementEvents, networkAgreementViolations } from "./networkAgreementDecision.js"
import { noPractice, type Practice, type PracticeState } from "./PracticeState.js"
import type { PracticeStatus } from "./PracticeStatus.js"
import { linkEventsOf, linkViolations } from "./practiceLinkDecision.js"

const memberViolations = (theme: Theme, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  const group = practiceGroupOf(ctx.model, theme)
  if (Option.isNone(group)) return [violation(P.noExpertGroup, { theme })]
  return membersOn(ctx.model, group.value.id, today).some((m) => m.person === ctx.actor)
    ? []
    : [violation(P.notExpertGroupMember, { person: ctx.actor, body: group.value.id, date: today })]
}

const statusViolations = (
  practice: Practice,
  action: string,
  allowed: ReadonlyArray<PracticeStatus>,
): ReadonlyArray<RuleViolation> =>
  allowed.includes(practice.status)
    ? []
    : [violation(P.wrongStatus, { practice: practice.practiceId, status: practice.status, action, allowed })]

const open: ReadonlyArray<PracticeStatus> = [
  "kandidaat",
  "in_pilot",
  "beproefd",
  "voorgesteld",
  "geaccordeerd",
  "in_uitvoering",
  "geevalueerd",
  "overgedragen",
  "vastgesteld_netwerk",
]

const violationsOf = (command: PracticeCommand, state: PracticeState, ctx: DecisionContext) => {
  const today = dateOf(ctx.now)
  if (command._tag === "RegisterPractice") {
    return [
      ...(state.exists ? [violation(P.exists, { practice: command.practiceId })] : []),
      ...(ctx.model.themes.some((t) => t.id === command.theme)
        ? []
        : [violation(P.unknownTheme, { theme: command.theme, themes: ctx.model.themes.map((t) => t.id) })]),
      ...memberViolations(command.theme, ctx),
    ]
  }
  if (command._tag === "RegisterNetworkAgreement") return networkAgreementViolations(command, state, ctx)
  if (!state.exists) return [violation(P.notFound, { practice: command.practiceId })]
  const member = () => memberViolations(state.description.theme, ctx)
  switch (command._tag) {
    case "DocumentPractice":
      return [...member(), ...statusViolations(state, "documenteren", open)]
    case "DesignatePilotMunicipality": {
      const violations: Array<RuleViolation> = [
        ...statusViolations(state, "pilotgemeente aanwijzen", ["kandidaat", "in_pilot", "beproefd", "voorgesteld"]),
      ]
      const body = stuurgroepOf(ctx)
      if (!mayActFor(ctx.model, ctx.actor, body, today)) {
        violations.push(violation(mayNotActFor, { person: ctx.actor, body, date: today }))
      }
      const organisation = findOrganisation(ctx.model, command.municipality)
      if (Option.isNone(organisation) || organisation.value.kind !== "gemeente") {
        violations.push(violation(P.notAMunicipality, { organisation: command.municipality }))
      } else if (!hostsPilotsOn(ctx.model, command.municipality, command.meetingDate)) {
        violations.push(violation(trackRules.outsideArea, pilotOutsideArea(ctx.model, command)))
      }
      if (state.pilotMunicipalities.some((d) => d.municipality === command.municipality)) {
        violations.push(
          violation(P.alreadyDesignated, { practice: state.practiceId, municipality: command.municipality }),
        )
      }
      violations.push(...bodyDecisionViolations(ctx.model, body, command, today))
      return violations
    }
    case "StartPilot":
      return [
        ...member(),
        ...practiceDateViolations(command, state, today),
        ...statusViolations(state, "pilot starten", ["kandidaat"]),
        ...(state.pilotMunicipalities.length === 0
          ? [violation(P.noPilotMunicipality, { practice: state.practiceId })]
          : []),
      ]
    case "RecordEvaluation": {
      const { evaluation } = command
      return [
        ...member(),
        ...(evaluation.kind === "pilot"
          ? statusViolations(state, "pilot evalueren", ["in_pilot"])
          : statusViolations(
              state,
              "uitvoering evalueren",
              withNetworkStatuses(state, ["in_uitvoering", "geevalueerd"]),
            )),
        ...(state.evaluations.some((e) => e.evaluationId === evaluation.evaluationId)
          ? [violation(P.evaluationExists, { evaluation: evaluation.evaluationId })]
          : []),
        ...(evaluation.evaluatedOn > today ? [violation(P.dateInFuture, { date: evaluation.evaluatedOn, today })] : []),
        ...practiceDateViolations(command, state, today),
      ]
    }
    case "StartExecution":
      return [
        ...member(),
        ...statusViolations(state, "uitvoering starten", withNetworkStatuses(state, ["geaccordeerd"])),
        ...networkExecutionViolations(state),
        ...practiceDateViolations(command, state, today),
      ]
    case "RevisePractice":
      return [
        ...member(),
        ...statusViolations(state, "herzien", networkStatuses),
        ...revisionViolations(command, state),
      ]
    case "RejectPractice":
      return [...member(), ...statusViolations(state, "afwijzen", ["kandidaat", "in_pilot", "beproefd"])]
    case "StopPractice":
      return [
        ...member(),
        ...statusViolations(state, "stoppen", ["in_pilot", "beproefd", "geaccordeerd", "in_uitvoering", "geevalueerd"]),
      ]
    case "LinkPractices":
      return linkViolations(command, state)
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

// The body that designates pilot municipalities: the Stuurgroep.
const stuurgroepOf = (ctx: DecisionContext): BodyId =>
  Option.match(bodyOfLevel(ctx.model, "besturing"), { onNone: () => BodyId.make("besturing"), onSome: (b) => b.id })

const eventsOf = (
  command: PracticeCommand,
  state: PracticeState,
  ctx: DecisionContext,
): ReadonlyArray<PracticeEvent> => {
  const by = ctx.actor
  const at = ctx.now
  switch (command._tag) {
    case "RegisterPractice": {
      const { _tag, ...fields } = command
      return [new PracticeRegistered({ ...fields, registeredBy: by, at }, decidedEvent)]
    }
    case "DocumentPractice":
      return [new PracticeDocumented({ ...command, documentedBy: by, at }, decidedEvent)]
    case "DesignatePilotMunicipality":
      return [
        new PilotMunicipalityDesignated(
          {
            practiceId: command.practiceId,
            municipality: command.municipality,
            decisionId: command.decisionId,
            meetingDate: command.meetingDate,
            ...recordedDecision(stuurgroepOf(ctx), command),
            rationale: command.rationale,
            designatedBy: by,
            at,
          },
          decidedEvent,
        ),
      ]
    case "StartPilot":
      return [
        new PilotStarted(
          { practiceId: command.practiceId, startedOn: startDateOf(command, dateOf(at)), startedBy: by, at },
          decidedEvent,
        ),
      ]
    case "RecordEvaluation":
      return [
        new EvaluationRecorded(
          { practiceId: command.practiceId, evaluation: command.evaluation, recordedBy: by, at },
          decidedEvent,
        ),
      ]
    case "StartExecution":
      return [
        new ExecutionStarted(
          { practiceId: command.practiceId, startedOn: startDateOf(command, dateOf(at)), startedBy: by, at },
          decidedEvent,
        ),
      ]
    case "RejectPractice":
      return [
        new PracticeRejected(
          { practiceId: command.practiceId, reason: command.reason, rejectedBy: by, at },
          decidedEvent,
        ),
      ]
    case "RegisterNetworkAgreement":
      return networkAgreementEvents(command, ctx)
    case "RevisePractice":
      return state.exists ? [revisedEvent(command, state, by, at)] : []
    case "StopPractice":
      return [
        new PracticeStopped(
          { practiceId: command.practiceId, reason: command.reason, stoppedBy: by, at },
          decidedEvent,
        ),
      ]
    case "LinkPractices":
      return linkEventsOf(command, ctx)
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

/**
 * The decider of a Best Practice in the catalogue: inventory, documentation, pilot designation and
 * pilot, evaluations, execution, rejection and stopping. Proposal, accord, handover and the
 * network's agreement are not commands a person sends: they are the practice policy's reactions to
 * the approval routes ({@link practicePolicy}), decided here as well, so a practice's stream has
 * this decider as its one author.
 *
 * @example
 * ```ts
 * const result = practiceDecider.decide(new StartPilot({ practiceId }), state, { actor, model, now })
 * ```
 * @category practices
 */
export const practiceDecider: Decider<PracticeCommand | PracticeReaction, PracticeEvent, PracticeState> = {
  initialState: noPractice,
  decide: (command, state, ctx) =>
    isPracticeReaction(command)
      ? decidePracticeReaction(command, state, ctx.model)
      : judge(command, violationsOf(command, state, ctx), ctx.model, () => eventsOf(command, state, ctx)),
  evolve: evolvePractice,
}

/** A Best Practice as the runtime executes it: every event of its stream is decided here. @category practices */
export const practiceAggregate: Aggregate<PracticeCommand | PracticeReaction, PracticeEvent, PracticeState> = {
  name: "practice",
  decider: practiceDecider,
  codec: practiceEventCodec,
}
