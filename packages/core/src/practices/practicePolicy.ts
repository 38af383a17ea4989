import { Option } from "effect"
import type { DecisionContext } from "../kernel/Decider.js"
import { type Policy, type Reaction, reactWith } from "../kernel/Policy.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { bodyName } from "../governance/queries.js"
import { positiveOutcomes } from "../governance/Route.js"
import type { RouteCommand } from "../routes/commands.js"
import type { DecisionRecorded, RouteEvent } from "../routes/events.js"
import type { ItemState } from "../routes/ItemState.js"
import { endsRoute, routeOf, turnOf } from "../routes/route.js"
import type { DecisionReference, PracticeId } from "./Practice.js"
import { practiceStreamId } from "./practiceEvents.js"
import { practiceAggregate } from "./practiceDecider.js"
import {
  AccordPractice,
  ClosePracticeProposal,
  type PracticeReaction,
  ProposePractice,
  RecordHandoverDecision,
  StopPracticeOnRevocation,
} from "./practiceReactions.js"
import { practiceRules as P } from "./practiceRules.js"
import { evidenceMeets, highestEvidence, type PracticeState } from "./PracticeState.js"
import { handoverReadyStatuses } from "./PracticeStatus.js"
import { networkAgreementHandedOver } from "./rules/networkAgreementHandedOver.js"
import { AccordPilot } from "./pilotAccordReaction.js"
import { pilotProposalViolations } from "./pilotProposalCheck.js"

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
    if (state.network !== undefined) {
      return [violation(networkAgreementHandedOver, { practice: practiceId, agreement: state.network.agreement.name })]
    }
    if (state.status === "overgedragen") return []
    return [
      ...(handoverReadyStatuses.includes(state.status)
        ? []
        : [violation(P.notEvaluated, { practice: practiceId, status: state.status })]),
      ...(state.documentation === undefined ? [violation(P.notDocumented, { practice: practiceId })] : []),
      ...(evidenceMeets(state.evaluations, minimum)
        ? []
        : [
            violation(P.evidenceBelowMinimum, {
              practice: practiceId,
              highest: highestEvidence(state.evaluations) ?? "geen",
              minimum,
            }),
          ]),
    ]
  })
}

/**
 * What an overdracht is checked against its practices: when it is submitted, and when its route's
 * final approval hands them over, every practice it lists exists, is in execution or evaluated (or
 * handed over already), is documented, and reaches the configured minimum evidence level.
 * @category practices
 */
export const handoverReadinessViolations = (
  command: RouteCommand,
  item: ItemState,
  practices: ReadonlyMap<string, PracticeState>,
  model: GovernanceModel,
): ReadonlyArray<RuleViolation> => {
  if (!item.exists || item.kind !== "overdracht") return []
  if (command._tag === "SubmitItem" && (item.status === "draft" || item.status === "returned")) {
    return handoverViolations(item.itemId, item.content.practices, practices, model)
  }
  if (command._tag === "RecordDecision" && item.status === "submitted" && positiveOutcomes.includes(command.outcome)) {
    const route = routeOf(model, item.kind)
    if (Option.isSome(route) && endsRoute(route.value, turnOf(route.value, item), command.outcome)) {
      return handoverViolations(item.itemId, item.content.practices, practices, model)
    }
  }
  return []
}

const reference = (event: DecisionRecorded, model: GovernanceModel): DecisionReference => ({
  itemId: event.itemId,
  decisionId: event.decisionId,
  body: event.body,
  bodyName: bodyName(model, event.body),
  meetingDate: event.meetingDate,
})

// Any bestuurlijk body: the one for the whole programme, or a district's DVO on a route of its own.
const isBestuurlijk = (model: GovernanceModel, body: string): boolean =>
  model.bodies.some((b) => b.id === body && b.level === "bestuurlijk")

/**
 * The reactions on the practices an item lists to one of its route events: a submitted
 * beleidsvoorstel proposes them; its final rejection, its withdrawal or an edit that drops one
 * closes the proposal; only the bestuurlijk body's (the DVO's) accord accords them; a revoked
 * decision stops those it accorded; the final approval of an overdracht records the handover
 * decision on each practice it lists.
 * @category practices
 */
export const practiceReactions = (
  event: RouteEvent,
  before: ItemState,
  after: ItemState,
  ctx: DecisionContext,
): ReadonlyArray<Reaction> => {
  if (!after.exists) return []
  const on = (practiceId: string, command: PracticeReaction) =>
    reactWith(practiceAggregate, practiceStreamId(practiceId), command)
  const listed = after.content.practices.map((id) => id as PracticeId)
  const { itemId } = after
  const at = event.at
  if (after.kind === "beleidsvoorstel") {
    switch (event._tag) {
      case "ItemSubmitted":
        return listed.map((practiceId) =>
          on(practiceId, new ProposePractice({ practiceId, itemId, version: event.version, at }, true)),
        )
      case "ItemEdited": {
        const dropped = before.exists
          ? before.content.practices.filter((p) => !event.content.practices.includes(p))
          : []
        return dropped.map((p) =>
          on(p, new ClosePracticeProposal({ practiceId: p as PracticeId, itemId, reason: "removed", at }, true)),
        )
      }
      case "ItemWithdrawn":
        return listed.map((practiceId) =>
          on(practiceId, new ClosePracticeProposal({ practiceId, itemId, reason: "withdrawn", at }, true)),
        )
      case "DecisionRecorded":
        if (!event.final) return []
        if (event.outcome === "reject") {
          return listed.map((practiceId) =>
            on(practiceId, new ClosePracticeProposal({ practiceId, itemId, reason: "rejected", at }, true)),
          )
        }
        if (event.outcome !== "accord" || !isBestuurlijk(ctx.model, event.body)) return []
        if (after.content.pilot !== undefined) {
          const municipalities = after.content.pilot.municipalities
          return listed.map((practiceId) =>
            on(
              practiceId,
              new AccordPilot(
                { practiceId, accord: reference(event, ctx.model), municipalities, budget: after.content.budget, at },
                true,
              ),
            ),
          )
        }
        return listed.map((practiceId) =>
          on(
            practiceId,
            new AccordPractice(
              { practiceId, accord: reference(event, ctx.model), budget: after.content.budget, at },
              true,
            ),
          ),
        )
      case "DecisionRevoked":
        return listed.map((practiceId) =>
          on(
            practiceId,
            new StopPracticeOnRevocation(
              { practiceId, revokes: event.revokes, rationale: event.rationale, stoppedBy: event.recordedBy, at },
              true,
            ),
          ),
        )
      case "ItemDrafted":
        return []
    }
  }
  if (after.kind === "overdracht" && event._tag === "DecisionRecorded" && event.final) {
    if (!positiveOutcomes.includes(event.outcome)) return []
    return listed.map((practiceId) =>
      on(
        practiceId,
        new RecordHandoverDecision(
          { practiceId, decision: reference(event, ctx.model), bestuurlijk: isBestuurlijk(ctx.model, event.body), at },
          true,
        ),
      ),
    )
  }
  return []
}

/**
 * The practice policy, which ties Best Practices to the approval routes: it reads the practices an
 * item's command concerns, checks an overdracht against them ({@link handoverReadinessViolations}),
 * and reacts to the item's events with commands the practice decider decides
 * ({@link practiceReactions}). The practices' streams have the practice decider as their one author.
 * @category practices
 */
export const practicePolicy: Policy<RouteCommand, RouteEvent, ItemState> = {
  name: "practice-follows-route",
  description: {
    nl: "Een Best Practice volgt het voorstel of de overdracht waarin zij staat.",
    en: "A Best Practice follows the proposal or handover that lists it.",
  },
  reads: (command, state) =>
    practicesConcerned(command, state).map((id) => ({ aggregate: practiceAggregate, streamId: practiceStreamId(id) })),
  check: (command, state, read, ctx) => {
    if (!state.exists) return []
    if (state.kind === "beleidsvoorstel") {
      const listed = new Map(
        state.content.practices.map((id) => [
          id,
          (read.get(practiceStreamId(id)) ?? { exists: false }) as PracticeState,
        ]),
      )
      return pilotProposalViolations(command, state, listed)
    }
    if (state.kind !== "overdracht") return []
    const practices = new Map(
      state.content.practices.map((id) => [id, (read.get(practiceStreamId(id)) ?? { exists: false }) as PracticeState]),
    )
    return handoverReadinessViolations(command, state, practices, ctx.model)
  },
  react: (event, before, after, _command, ctx) => practiceReactions(event, before, after, ctx),
}
