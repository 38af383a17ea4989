import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { positiveOutcomes } from "../governance/Route.js"
import type { RecordDecision, RouteCommand } from "./commands.js"
import { evolveItem } from "./evolveItem.js"
import type { RouteEvent } from "./events.js"
import { type Item, type ItemState, noItem } from "./ItemState.js"
import { routeOf, turnOf } from "./route.js"
import { routeEventsOf } from "./routeEvents.js"
import { authorityViolations, membershipViolations } from "./rules/authority.js"
import { contentViolations, requiredBudgetViolations } from "./rules/budgetEnvelope.js"
import { decisionRuleViolations } from "./rules/decisionRule.js"
import { draftingViolations, routeViolations } from "./rules/drafting.js"
import { existenceViolations } from "./rules/existence.js"
import { fourEyesViolations } from "./rules/fourEyes.js"
import { immutabilityViolations } from "./rules/immutability.js"
import {
  editableViolations,
  onRouteViolations,
  submittableViolations,
  withdrawableViolations,
} from "./rules/itemStatus.js"
import { meetingViolations, submissionDateViolations, submissionInFuture } from "./rules/meeting.js"
import { allowedOutcomeViolations, remarksViolations } from "./rules/outcome.js"
import { revocationDateViolations, revocationViolations } from "./rules/revocation.js"
import { turnOrderViolations } from "./rules/turnOrder.js"
import { pilotKindViolations } from "./rules/pilotKind.js"
import { pilotMunicipalityViolations } from "./rules/pilotMunicipality.js"
import type { ItemContent } from "./commands.js"

/**
 * The rules that depend on who acts, on the item and on the moment, not on the particulars of
 * the command: exactly what {@link allowedActions} reports.
 * @category routes
 */
export const standingViolations = (
  command: RouteCommand,
  state: ItemState,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  if (command._tag === "DraftItem" && !state.exists) {
    return [...draftingViolations(command, ctx), ...membershipViolations(ctx, command.draftingBody, today)]
  }
  if (command._tag === "DraftItem" || !state.exists) return existenceViolations(command, state)
  switch (command._tag) {
    case "EditItem":
      return [...editableViolations(state), ...membershipViolations(ctx, state.draftingBody, today)]
    case "SubmitItem": {
      const route = routeOf(ctx.model, state.kind)
      return [
        ...submittableViolations(state),
        ...authorityViolations(ctx, state.draftingBody, today),
        ...(command.on !== undefined && command.on > today
          ? [violation(submissionInFuture, { submittedOn: command.on, today })]
          : []),
        ...(Option.isSome(route) ? requiredBudgetViolations(state, route.value) : routeViolations(state.kind, ctx)),
      ]
    }
    case "RecordDecision":
      return decisionStanding(command, state, ctx)
    case "WithdrawItem":
      return [...withdrawableViolations(state), ...authorityViolations(ctx, state.draftingBody, today)]
    case "RevokeDecision":
      return [...authorityViolations(ctx, command.body, today), ...revocationViolations(command, state)]
  }
}

const decisionStanding = (command: RecordDecision, item: Item, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const authority = authorityViolations(ctx, command.body, dateOf(ctx.now))
  const onRoute = onRouteViolations(item)
  if (onRoute.length > 0) return [...authority, ...onRoute]
  const route = routeOf(ctx.model, item.kind)
  if (Option.isNone(route)) return [...authority, ...routeViolations(item.kind, ctx)]
  const order = turnOrderViolations(route.value, item, command.body)
  const step = route.value.steps[turnOf(route.value, item)]
  return order.length > 0 || step === undefined
    ? [...authority, ...order]
    : [...authority, ...allowedOutcomeViolations(step, command)]
}

const pilotViolations = (item: string, kind: string, content: ItemContent, ctx: DecisionContext) => [
  ...pilotKindViolations(item, kind, content),
  ...pilotMunicipalityViolations(ctx.model, content, dateOf(ctx.now)),
]

/**
 * The rules that depend on the particulars of the command: its content, the meeting, the votes.
 * @category routes
 */
export const particularViolations = (
  command: RouteCommand,
  state: ItemState,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  switch (command._tag) {
    case "DraftItem":
      return [
        ...contentViolations(command.itemId, command.kind, command.content, ctx),
        ...pilotViolations(command.itemId, command.kind, command.content, ctx),
      ]
    case "EditItem":
      return state.exists
        ? [
            ...contentViolations(state.itemId, state.kind, command.content, ctx),
            ...pilotViolations(state.itemId, state.kind, command.content, ctx),
          ]
        : []
    case "SubmitItem":
    case "WithdrawItem":
      return []
    case "RecordDecision":
      if (!state.exists) return []
      return [
        ...meetingViolations(ctx.model, command.body, command, dateOf(ctx.now)),
        ...decisionRuleViolations(ctx.model, command.body, command),
        ...immutabilityViolations(command.decisionId, state),
        ...submissionDateViolations(command, state),
        ...remarksViolations(command, state.itemId),
        ...(positiveOutcomes.includes(command.outcome)
          ? fourEyesViolations(ctx.model, command.body, command, state)
          : []),
      ]
    case "RevokeDecision":
      if (!state.exists) return []
      return [
        ...meetingViolations(ctx.model, command.body, command, dateOf(ctx.now)),
        ...decisionRuleViolations(ctx.model, command.body, command),
        ...immutabilityViolations(command.decisionId, state),
        ...revocationDateViolations(command, state),
      ]
  }
}

/**
 * The decider of an item on its approval route: drafting, editing, submitting, a body's decision
 * at its step, withdrawal and revocation. It composes the rules in `routes/rules/`, one file per
 * rule group; `decide` checks every rule and reports all violations.
 *
 * @example
 * ```ts
 * const state = fold(routeDecider, events)
 * const result = routeDecider.decide(new SubmitItem({ itemId }), state, context)
 * if (Either.isLeft(result)) console.log(result.left.explain("nl"))
 * ```
 * @category routes
 */
export const routeDecider: Decider<RouteCommand, RouteEvent, ItemState, DecisionContext> = {
  initialState: noItem,
  decide: (command, state, ctx) =>
    judge(
      command,
      [...standingViolations(command, state, ctx), ...particularViolations(command, state, ctx)],
      ctx.model,
      () => routeEventsOf(command, state, ctx),
    ),
  evolve: evolveItem,
}
