import { Option } from "effect"
import type { Timestamp } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyName, bodyOfLevel } from "../governance/queries.js"
import { positiveOutcomes } from "../governance/Route.js"
import type { StreamWrite } from "../ports/EventStore.js"
import type { RouteCommand } from "../routes/commands.js"
import type { DecisionRecorded, RouteEvent } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { endsRoute, routeOf, turnOf } from "../routes/route.js"
import { routeDecider } from "../routes/routeDecider.js"
import type { DecisionReference } from "./Practice.js"
import {
  PracticeAccorded,
  type PracticeEvent,
  practiceEventCodec,
  PracticeEstablished,
  PracticeHandedOver,
  PracticeProposalClosed,
  PracticeProposed,
  PracticeStopped,
  practiceStreamId,
} from "./practiceEvents.js"
import { evolvePractice } from "./practiceDecider.js"
import { practiceRules as P } from "./practiceRules.js"
import { evidenceMeets, highestEvidence, type PracticeState } from "./PracticeState.js"
import { proposableStatuses } from "./PracticeStatus.js"

/**
 * The practices a route command concerns: those the item lists now and those the command's content
 * lists. Ids that are not in the catalogue are references the policy leaves alone in a
 * beleidsvoorstel; an overdracht lists only catalogued practices.
 * @category practices
 */
export const practicesConcerned = (command: RouteCommand, item: ItemState): ReadonlyArray<string> => [
  ...new Set([
    ...(item.exists ? item.content.practices : []),
    ...("content" in command ? command.content.practices : []),
  ]),
]

const proposedHere = (state: PracticeState | undefined, itemId: string): boolean =>
  state?.exists === true && state.status === "voorgesteld" && state.proposal?.itemId === itemId

const handoverViolations = (
  itemId: string,
  listed: ReadonlyArray<string>,
  practices: ReadonlyMap<string, PracticeState>,
  model: GovernanceModel,
): ReadonlyArray<RuleViolation> => {
  if (listed.length === 0) return [violation(P.handoverWithoutPractices, { item: itemId })]
  const minimum = model.settings.handover.minimumEvidence
  return listed.flatMap((practiceId) => {
    const state = practices.get(practiceId)
    if (state === undefined || !state.exists) return [violation(P.handoverPracticeUnknown, { practice: practiceId })]
    if (state.status === "overgedragen") return []
    if (state.status !== "geevalueerd")
      return [violation(P.notEvaluated, { practice: practiceId, status: state.status })]
    return evidenceMeets(state.evaluations, minimum)
      ? []
      : [
          violation(P.evidenceBelowMinimum, {
            practice: practiceId,
            highest: highestEvidence(state.evaluations) ?? "geen",
            minimum,
          }),
        ]
  })
}

/**
 * The rules a route command must satisfy for the practices it concerns: a beleidsvoorstel is
 * submitted only with practices that may be proposed; an overdracht is submitted and finally
 * approved only with evaluated practices at the configured minimum evidence level.
 * @category practices
 */
export const practiceRouteViolations = (
  command: RouteCommand,
  item: ItemState,
  practices: ReadonlyMap<string, PracticeState>,
  model: GovernanceModel,
): ReadonlyArray<RuleViolation> => {
  if (!item.exists) return []
  switch (command._tag) {
    case "SubmitItem": {
      if (item.status !== "draft" && item.status !== "returned") return []
      if (item.kind === "overdracht") return handoverViolations(item.itemId, item.content.practices, practices, model)
      if (item.kind !== "beleidsvoorstel") return []
      return item.content.practices.flatMap((practiceId) => {
        const state = practices.get(practiceId)
        if (state === undefined || !state.exists) return []
        if (proposableStatuses.includes(state.status) || proposedHere(state, item.itemId)) return []
        return [violation(P.notProposable, { practice: practiceId, status: state.status, item: item.itemId })]
      })
    }
    case "RecordDecision": {
      if (item.kind !== "overdracht" || item.status !== "submitted") return []
      if (!positiveOutcomes.includes(command.outcome)) return []
      const route = routeOf(model, item.kind)
      if (Option.isNone(route) || !endsRoute(route.value, turnOf(route.value, item), command.outcome)) return []
      return handoverViolations(item.itemId, item.content.practices, practices, model)
    }
    case "DraftItem":
    case "EditItem":
    case "WithdrawItem":
    case "RevokeDecision":
      return []
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const reference = (event: DecisionRecorded, model: GovernanceModel): DecisionReference => ({
  itemId: event.itemId,
  decisionId: event.decisionId,
  body: event.body,
  bodyName: bodyName(model, event.body),
  meetingDate: event.meetingDate,
})

const isBestuurlijk = (model: GovernanceModel, body: string): boolean =>
  Option.match(bodyOfLevel(model, "bestuurlijk"), { onNone: () => false, onSome: (b) => b.id === body })

const followUpsOf = (
  after: ItemState,
  event: RouteEvent,
  practice: PracticeState,
  model: GovernanceModel,
  at: Timestamp,
): ReadonlyArray<PracticeEvent> => {
  if (!practice.exists || !after.exists) return []
  const practiceId = practice.practiceId as PracticeAccorded["practiceId"]
  const itemId = after.itemId
  const closed = (reason: PracticeProposalClosed["reason"]) =>
    proposedHere(practice, itemId)
      ? [
          new PracticeProposalClosed({
            practiceId,
            itemId,
            reason,
            restoredStatus: practice.proposal?.previousStatus ?? practice.status,
            at,
          }),
        ]
      : []
  if (after.kind === "beleidsvoorstel") {
    switch (event._tag) {
      case "ItemEdited":
        return event.content.practices.includes(practiceId) ? [] : closed("removed")
      case "ItemSubmitted":
        return after.content.practices.includes(practiceId) && proposableStatuses.includes(practice.status)
          ? [new PracticeProposed({ practiceId, itemId, version: event.version, previousStatus: practice.status, at })]
          : []
      case "DecisionRecorded":
        if (!event.final) return []
        if (event.outcome === "reject") return closed("rejected")
        return event.outcome === "accord" && isBestuurlijk(model, event.body) && proposedHere(practice, itemId)
          ? [new PracticeAccorded({ practiceId, accord: reference(event, model), budget: after.content.budget, at })]
          : []
      case "ItemWithdrawn":
        return closed("withdrawn")
      case "DecisionRevoked":
        return practice.accord?.decisionId === event.revokes &&
          ["geaccordeerd", "in_uitvoering", "geevalueerd"].includes(practice.status)
          ? [
              new PracticeStopped({
                practiceId,
                reason: `accord ${event.revokes} ingetrokken: ${event.rationale}`,
                stoppedBy: event.recordedBy,
                revokedDecision: event.revokes,
                at,
              }),
            ]
          : []
      case "ItemDrafted":
        return []
      default: {
        const unknown: never = event
        return unknown
      }
    }
  }
  if (after.kind === "overdracht" && event._tag === "DecisionRecorded" && event.final) {
    if (!positiveOutcomes.includes(event.outcome) || !after.content.practices.includes(practiceId)) return []
    if (practice.status === "geevalueerd") {
      return [new PracticeHandedOver({ practiceId, handover: reference(event, model), at })]
    }
    if (practice.status === "overgedragen" && practice.handover !== undefined && isBestuurlijk(model, event.body)) {
      return [new PracticeEstablished({ practiceId, agreement: reference(event, model), at })]
    }
  }
  return []
}

/**
 * The practice events that follow from an item's route events — the policy that ties Best
 * Practices to the approval routes: a submitted beleidsvoorstel makes its practices `voorgesteld`;
 * only the bestuurlijk body's (the DVO's) accord makes them `geaccordeerd`; a withdrawn or rejected
 * proposal returns them; a revoked accord stops them; the final approval of an overdracht hands
 * evaluated practices over, and in the network's store the bestuurlijk body's (the RVO's)
 * agreement makes handed-over practices `vastgesteld_netwerk`.
 * @category practices
 */
export const practiceFollowUps = (
  item: ItemState,
  events: ReadonlyArray<RouteEvent>,
  practices: ReadonlyMap<string, PracticeState>,
  model: GovernanceModel,
): ReadonlyArray<{ readonly practiceId: string; readonly events: ReadonlyArray<PracticeEvent> }> => {
  const states = new Map(practices)
  const emitted = new Map<string, Array<PracticeEvent>>()
  let current = item
  for (const event of events) {
    const next = routeDecider.evolve(current, event)
    for (const [practiceId, state] of states) {
      const followUps = followUpsOf(next, event, state, model, event.at)
      if (followUps.length === 0) continue
      states.set(practiceId, followUps.reduce(evolvePractice, state))
      emitted.set(practiceId, [...(emitted.get(practiceId) ?? []), ...followUps])
    }
    current = next
  }
  return [...emitted].map(([practiceId, events]) => ({ practiceId, events }))
}

/** The writes of the practice follow-ups, each with the stream version it was decided on. @category practices */
export const practiceWrites = (
  followUps: ReadonlyArray<{ readonly practiceId: string; readonly events: ReadonlyArray<PracticeEvent> }>,
  versions: ReadonlyMap<string, number>,
): ReadonlyArray<StreamWrite> =>
  followUps.map(({ practiceId, events }) => ({
    streamId: practiceStreamId(practiceId),
    expectedVersion: versions.get(practiceId) ?? 0,
    events: events.map(practiceEventCodec.toNewEvent),
  }))
