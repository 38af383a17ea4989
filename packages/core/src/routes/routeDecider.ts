import { withChanges } from "../kernel/withChanges.js"
import { Option } from "effect"
import { type CalendarDate, dateOf } from "../kernel/CalendarDate.js"
import { type Decider, type DecisionContext, decidedEvent } from "../kernel/Decider.js"
import { refuseOr, type RuleViolation, violation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { PersonId } from "../governance/Ids.js"
import { findBody, mayActFor, membersOn } from "../governance/queries.js"
import { positiveOutcomes, type Route } from "../governance/Route.js"
import { type BudgetPosition, budgetTotal } from "./Budget.js"
import type { ItemContent, RecordDecision, RevokeDecision, RouteCommand } from "./commands.js"
import { approversOf, meetingViolations } from "./decisionRule.js"
import {
  DecisionRecorded,
  DecisionRevoked,
  ItemDrafted,
  ItemEdited,
  ItemSubmitted,
  ItemWithdrawn,
  type RouteEvent,
} from "./events.js"
import { closedStatuses, type Item, type ItemState, noItem } from "./ItemState.js"
import { routeRules as R } from "./rules.js"

/**
 * What the route decider knows besides the actor, the model and the moment: the programme's
 * budget position, to keep accorded budgets within what is available.
 * @category routes
 */
export interface RouteContext extends DecisionContext {
  readonly budget: BudgetPosition
}

/** The route of an item kind in a model. @category routes */
export const routeOf = (model: GovernanceModel, kind: string): Option.Option<Route> =>
  Option.fromNullable(model.routes.find((r) => r.item === kind))

const isMember = (model: GovernanceModel, person: string, body: string, date: string) =>
  membersOn(model, body, date as never).some((m) => m.person === person)

const contentViolations = (item: string, kind: string, content: ItemContent, ctx: RouteContext) => {
  const violations: Array<RuleViolation> = []
  const route = routeOf(ctx.model, kind)
  if (Option.isSome(route) && route.value.budget === "none" && content.budget.length > 0) {
    violations.push(violation(R.budgetNotAllowed, { item, kind }))
  }
  content.budget.forEach((line, index) => {
    if (!ctx.model.organisations.some((o) => o.id === line.organisation)) {
      violations.push(violation(R.unknownOrganisation, { line: index + 1, organisation: line.organisation }))
    }
  })
  return violations
}

const duplicateDecision = (decisionId: string, item: Item) =>
  item.decisions.some((d) => d.decisionId === decisionId || d.revokedBy === decisionId)
    ? [violation(R.decisionExists, { decision: decisionId })]
    : []

/** The person acting may act for the body today, or the violation saying they may not. */
const authority = (ctx: RouteContext, body: string, today: CalendarDate): ReadonlyArray<RuleViolation> =>
  mayActFor(ctx.model, ctx.actor, body, today)
    ? []
    : [violation(R.mayNotActFor, { person: ctx.actor, body, date: today })]

const missingItem = (itemId: string) => [violation(R.itemNotFound, { item: itemId })]

/** Whether the outcome at a step ends the route. @category routes */
export const endsRoute = (route: Route, step: number, outcome: string): boolean =>
  outcome === "reject" ||
  outcome === "take-note" ||
  (positiveOutcomes.includes(outcome as never) && step === route.steps.length - 1)

/**
 * The rules that depend on who acts, on the item and on the moment, not on the particulars of
 * the command: exactly what {@link allowedActions} reports.
 * @category routes
 */
export const standingViolations = (
  command: RouteCommand,
  state: ItemState,
  ctx: RouteContext,
): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  const actor = ctx.actor
  switch (command._tag) {
    case "DraftItem": {
      if (state.exists) return [violation(R.itemExists, { item: command.itemId })]
      const violations: Array<RuleViolation> = []
      const route = routeOf(ctx.model, command.kind)
      const body = findBody(ctx.model, command.draftingBody)
      if (Option.isNone(route)) violations.push(violation(R.noRoute, { kind: command.kind }))
      else {
        const drafter = route.value.drafter
        const fits =
          Option.isSome(body) &&
          ("level" in drafter ? body.value.level === drafter.level : body.value.id === drafter.body)
        if (!fits) violations.push(violation(R.notADrafter, { body: command.draftingBody, kind: command.kind }))
      }
      if (!isMember(ctx.model, actor, command.draftingBody, today)) {
        violations.push(violation(R.notAMember, { person: actor, body: command.draftingBody, date: today }))
      }
      return violations
    }
    case "EditItem": {
      if (!state.exists) return missingItem(command.itemId)
      const violations: Array<RuleViolation> = []
      if (state.status !== "draft" && state.status !== "returned") {
        violations.push(violation(R.notEditable, { item: state.itemId, status: state.status }))
      }
      if (!isMember(ctx.model, actor, state.draftingBody, today)) {
        violations.push(violation(R.notAMember, { person: actor, body: state.draftingBody, date: today }))
      }
      return violations
    }
    case "SubmitItem": {
      if (!state.exists) return missingItem(command.itemId)
      const violations: Array<RuleViolation> = []
      if (state.status !== "draft" && state.status !== "returned") {
        violations.push(violation(R.notSubmittable, { item: state.itemId, status: state.status }))
      }
      violations.push(...authority(ctx, state.draftingBody, today))
      const route = routeOf(ctx.model, state.kind)
      if (Option.isNone(route)) violations.push(violation(R.noRoute, { kind: state.kind }))
      else if (route.value.budget === "required" && state.content.budget.length === 0) {
        violations.push(violation(R.budgetRequired, { item: state.itemId, kind: state.kind }))
      }
      return violations
    }
    case "RecordDecision":
      return decisionStanding(command, state, ctx)
    case "WithdrawItem": {
      if (!state.exists) return missingItem(command.itemId)
      const violations: Array<RuleViolation> = []
      if (closedStatuses.includes(state.status)) {
        violations.push(violation(R.notWithdrawable, { item: state.itemId, status: state.status }))
      }
      violations.push(...authority(ctx, state.draftingBody, today))
      return violations
    }
    case "RevokeDecision":
      return revocationStanding(command, state, ctx)
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const decisionStanding = (
  command: RecordDecision,
  state: ItemState,
  ctx: RouteContext,
): ReadonlyArray<RuleViolation> => {
  if (!state.exists) return missingItem(command.itemId)
  const today = dateOf(ctx.now)
  const violations: Array<RuleViolation> = []
  violations.push(...authority(ctx, command.body, today))
  if (state.status !== "submitted") {
    violations.push(violation(R.notOnRoute, { item: state.itemId, status: state.status }))
    return violations
  }
  const route = routeOf(ctx.model, state.kind)
  if (Option.isNone(route)) return [...violations, violation(R.noRoute, { kind: state.kind })]
  const stepIndex = route.value.steps.findIndex((s) => s.body === command.body)
  const current = route.value.steps[state.step]
  if (current === undefined) return [...violations, violation(R.noRoute, { kind: state.kind })]
  if (current.body !== command.body) {
    violations.push(
      violation(R.notYourTurn, {
        body: command.body,
        expectedBody: current.body,
        item: state.itemId,
        version: state.version,
      }),
    )
    if (stepIndex > state.step) {
      const missing = route.value.steps[state.step]?.body ?? current.body
      violations.push(
        violation(R.previousStepNotApproved, {
          item: state.itemId,
          version: state.version,
          body: command.body,
          missing,
        }),
      )
    }
  } else {
    if (!current.outcomes.includes(command.outcome)) {
      violations.push(
        violation(R.outcomeNotAllowed, { body: command.body, outcome: command.outcome, allowed: current.outcomes }),
      )
    }
    for (let earlier = 0; earlier < state.step; earlier++) {
      const approved = state.decisions.some(
        (d) => d.version === state.version && d.step === earlier && positiveOutcomes.includes(d.outcome),
      )
      if (!approved) {
        const missing = route.value.steps[earlier]?.body ?? "?"
        violations.push(
          violation(R.previousStepNotApproved, {
            item: state.itemId,
            version: state.version,
            body: command.body,
            missing,
          }),
        )
      }
    }
    if (
      route.value.budget !== "none" &&
      positiveOutcomes.includes(command.outcome) &&
      endsRoute(route.value, state.step, command.outcome)
    ) {
      const requested = budgetTotal(state.content.budget)
      const shortfall = ctx.budget.committed + requested - ctx.budget.available
      if (shortfall > 0) {
        violations.push(
          violation(R.exceedsAvailable, {
            available: ctx.budget.available,
            committed: ctx.budget.committed,
            requested,
            shortfall,
          }),
        )
      }
    }
  }
  return violations
}

const revocationStanding = (
  command: RevokeDecision,
  state: ItemState,
  ctx: RouteContext,
): ReadonlyArray<RuleViolation> => {
  if (!state.exists) return missingItem(command.itemId)
  const today = dateOf(ctx.now)
  const violations: Array<RuleViolation> = []
  violations.push(...authority(ctx, command.body, today))
  const decision = state.decisions.find((d) => d.decisionId === command.revokes)
  if (decision === undefined) {
    violations.push(violation(R.decisionNotFound, { decision: command.revokes, item: state.itemId }))
  } else {
    if (!decision.final) violations.push(violation(R.notFinal, { decision: decision.decisionId }))
    if (decision.revokedBy !== undefined) {
      violations.push(violation(R.alreadyRevoked, { decision: decision.decisionId, revokedBy: decision.revokedBy }))
    }
    if (decision.body !== command.body) {
      violations.push(
        violation(R.notDecidingBody, { decision: decision.decisionId, body: command.body, decidedBy: decision.body }),
      )
    }
  }
  return violations
}

/**
 * The rules that depend on the particulars of the command: its content, the meeting, the votes.
 * @category routes
 */
export const particularViolations = (
  command: RouteCommand,
  state: ItemState,
  ctx: RouteContext,
): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  switch (command._tag) {
    case "DraftItem":
      return contentViolations(command.itemId, command.kind, command.content, ctx)
    case "EditItem":
      return state.exists ? contentViolations(state.itemId, state.kind, command.content, ctx) : []
    case "SubmitItem":
    case "WithdrawItem":
      return []
    case "RecordDecision": {
      if (!state.exists) return []
      const violations = [
        ...meetingViolations(ctx.model, command.body, command, today),
        ...duplicateDecision(command.decisionId, state),
      ]
      if (state.submittedOn !== undefined && command.meetingDate < state.submittedOn) {
        violations.push(
          violation(R.meetingBeforeSubmission, { meetingDate: command.meetingDate, submittedOn: state.submittedOn }),
        )
      }
      if (command.outcome === "return" && (command.remarks ?? "").trim() === "") {
        violations.push(violation(R.remarksRequired, { item: state.itemId }))
      }
      if (positiveOutcomes.includes(command.outcome)) {
        const approvers = approversOf(ctx.model, command.body, command)
        if (approvers.length > 0 && approvers.every((p) => state.authors.includes(p))) {
          violations.push(violation(R.fourEyes, { item: state.itemId, approvers }))
        }
      }
      return violations
    }
    case "RevokeDecision": {
      if (!state.exists) return []
      const violations = [
        ...meetingViolations(ctx.model, command.body, command, today),
        ...duplicateDecision(command.decisionId, state),
      ]
      const decision = state.decisions.find((d) => d.decisionId === command.revokes)
      if (decision !== undefined && command.meetingDate < decision.meetingDate) {
        violations.push(
          violation(R.meetingBeforeSubmission, { meetingDate: command.meetingDate, submittedOn: decision.meetingDate }),
        )
      }
      return violations
    }
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const eventsOf = (command: RouteCommand, state: ItemState, ctx: RouteContext): ReadonlyArray<RouteEvent> => {
  const actor = ctx.actor as PersonId
  const at = ctx.now
  switch (command._tag) {
    case "DraftItem":
      return [
        new ItemDrafted(
          {
            itemId: command.itemId,
            kind: command.kind,
            draftingBody: command.draftingBody,
            content: command.content,
            draftedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "EditItem":
      return [
        new ItemEdited(
          {
            itemId: command.itemId,
            version: version(state),
            content: command.content,
            editedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "SubmitItem":
      return [
        new ItemSubmitted({ itemId: command.itemId, version: version(state), submittedBy: actor, at }, decidedEvent),
      ]
    case "WithdrawItem":
      return [
        new ItemWithdrawn(
          {
            itemId: command.itemId,
            version: version(state),
            reason: command.reason,
            withdrawnBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "RecordDecision": {
      const item = state as Item
      const route = Option.getOrThrow(routeOf(ctx.model, item.kind))
      const final = endsRoute(route, item.step, command.outcome)
      const commits = final && positiveOutcomes.includes(command.outcome) && route.budget !== "none"
      return [
        new DecisionRecorded(
          {
            decisionId: command.decisionId,
            itemId: command.itemId,
            kind: item.kind,
            version: item.version,
            step: item.step,
            body: command.body,
            outcome: command.outcome,
            final,
            meetingDate: command.meetingDate,
            effectiveDate: command.effectiveDate ?? command.meetingDate,
            attendance: command.attendance,
            recused: command.recused,
            votes: command.votes,
            rationale: command.rationale,
            ...(command.remarks === undefined ? {} : { remarks: command.remarks }),
            committedBudget: commits ? budgetTotal(item.content.budget) : 0,
            recordedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    }
    case "RevokeDecision": {
      const item = state as Item
      const revoked = item.decisions.find((d) => d.decisionId === command.revokes)
      return [
        new DecisionRevoked(
          {
            decisionId: command.decisionId,
            revokes: command.revokes,
            itemId: command.itemId,
            body: command.body,
            meetingDate: command.meetingDate,
            attendance: command.attendance,
            recused: command.recused,
            votes: command.votes,
            rationale: command.rationale,
            releasedBudget: revoked?.committedBudget ?? 0,
            recordedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    }
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const version = (state: ItemState): number => (state.exists ? state.version : 0)

const evolve = (state: ItemState, event: RouteEvent): ItemState => {
  switch (event._tag) {
    case "ItemDrafted":
      return {
        exists: true,
        itemId: event.itemId,
        kind: event.kind,
        draftingBody: event.draftingBody,
        status: "draft",
        version: 1,
        content: event.content,
        authors: [event.draftedBy],
        step: 0,
        submittedOn: undefined,
        decisions: [],
      }
    case "ItemEdited":
      return state.exists
        ? withChanges(state, {
            content: event.content,
            authors: state.authors.includes(event.editedBy) ? state.authors : [...state.authors, event.editedBy],
          })
        : state
    case "ItemSubmitted":
      return state.exists ? withChanges(state, { status: "submitted", step: 0, submittedOn: dateOf(event.at) }) : state
    case "DecisionRecorded": {
      if (!state.exists) return state
      const decisions = [
        ...state.decisions,
        {
          decisionId: event.decisionId,
          version: event.version,
          step: event.step,
          body: event.body,
          outcome: event.outcome,
          final: event.final,
          meetingDate: event.meetingDate,
          committedBudget: event.committedBudget,
        },
      ]
      if (event.outcome === "return") {
        return withChanges(state, {
          decisions,
          status: "returned",
          version: state.version + 1,
          step: 0,
          submittedOn: undefined,
        })
      }
      if (!event.final) return withChanges(state, { decisions, step: state.step + 1 })
      const status =
        event.outcome === "reject"
          ? "rejected"
          : event.outcome === "take-note"
            ? "noted"
            : event.outcome === "accord"
              ? "accorded"
              : "approved"
      return withChanges(state, { decisions, status })
    }
    case "ItemWithdrawn":
      return state.exists ? withChanges(state, { status: "withdrawn" }) : state
    case "DecisionRevoked":
      return state.exists
        ? withChanges(state, {
            status: "revoked",
            decisions: state.decisions.map((d) =>
              d.decisionId === event.revokes ? Object.assign({}, d, { revokedBy: event.decisionId }) : d,
            ),
          })
        : state
    default: {
      const unknown: never = event
      return unknown
    }
  }
}

/**
 * The decider of an item on its approval route: drafting, editing, submitting, a body's decision
 * at its step, withdrawal and revocation. `decide` checks every rule and reports all violations.
 *
 * @example
 * ```ts
 * const state = fold(routeDecider, events)
 * const result = routeDecider.decide(new SubmitItem({ itemId }), state, context)
 * if (Either.isLeft(result)) console.log(result.left.explain("nl"))
 * ```
 * @category routes
 */
export const routeDecider: Decider<RouteCommand, RouteEvent, ItemState, RouteContext> = {
  initialState: noItem,
  decide: (command, state, ctx) =>
    refuseOr(
      command._tag,
      [...standingViolations(command, state, ctx), ...particularViolations(command, state, ctx)],
      () => eventsOf(command, state, ctx),
    ),
  evolve,
}
