import { withChanges } from "../kernel/withChanges.js"
import { Option } from "effect"
import { type CalendarDate, dateOf } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import {
  bodyOfLevel,
  findOrganisation,
  findPerson,
  mayActFor,
  bodiesOfLevel,
  membersOn,
} from "../governance/queries.js"
import { readViolations } from "./access.js"
import type { InformationCommand, RegisterProduct } from "./commands.js"
import {
  ConfidentialProductRead,
  type InformationEvent,
  PracticeLinked,
  PracticeUnlinked,
  ProductContentRevised,
  ProductDelivered,
  ProductRegistered,
  ShareableSummaryApproved,
} from "./events.js"
import { contentViolations, summaryViolations } from "./contentViolations.js"
import { scopeAreaViolations } from "./scopeArea.js"
import { type InformationProduct, noProduct, type ProductState } from "./InformationProduct.js"
import { informationRules as R } from "./rules.js"

const actsForStuurgroep = (ctx: DecisionContext, date: CalendarDate): boolean => {
  const stuurgroep = bodyOfLevel(ctx.model, "besturing")
  return Option.isSome(stuurgroep) && mayActFor(ctx.model, ctx.actor, stuurgroep.value.id, date)
}

const producerViolations = (producer: string, ctx: DecisionContext, date: CalendarDate) => {
  const ownPerson = Option.exists(findPerson(ctx.model, ctx.actor), (p) => p.organisation === producer)
  return ownPerson || actsForStuurgroep(ctx, date)
    ? []
    : [violation(R.notProducer, { person: ctx.actor, producer, date })]
}

const inFuture = (date: CalendarDate, today: CalendarDate) =>
  date > today ? [violation(R.dateInFuture, { date, today })] : []

const registrationViolations = (command: RegisterProduct, state: ProductState, ctx: DecisionContext) => {
  const today = dateOf(ctx.now)
  const violations: Array<RuleViolation> = []
  if (state.exists) violations.push(violation(R.productExists, { product: command.productId }))
  if (Option.isNone(findOrganisation(ctx.model, command.producer))) {
    violations.push(violation(R.unknownProducer, { producer: command.producer }))
  }
  if (
    command.scope.kind === "gemeente" &&
    !Option.exists(findOrganisation(ctx.model, command.scope.municipality), (o) => o.kind === "gemeente")
  ) {
    violations.push(violation(R.unknownMunicipality, { municipality: command.scope.municipality }))
  }
  if (command.scope.kind === "district") {
    for (const site of command.scope.pilotSites ?? []) {
      if (!Option.exists(findOrganisation(ctx.model, site), (o) => o.kind === "gemeente")) {
        violations.push(violation(R.unknownMunicipality, { municipality: site }))
      }
    }
  }
  return [
    ...violations,
    ...producerViolations(command.producer, ctx, today),
    ...contentViolations(command, ctx, today),
    ...inFuture(command.startedOn, today),
    ...scopeAreaViolations(command, ctx.model),
  ]
}

const inExpertGroup = (ctx: DecisionContext, date: CalendarDate) =>
  bodiesOfLevel(ctx.model, "beleid").some((b) => membersOn(ctx.model, b.id, date).some((m) => m.person === ctx.actor))

const linkerViolations = (ctx: DecisionContext, date: CalendarDate) =>
  inExpertGroup(ctx, date) || actsForStuurgroep(ctx, date) ? [] : [violation(R.mayNotLink, { person: ctx.actor, date })]

const violationsOf = (
  command: InformationCommand,
  state: ProductState,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  if (command._tag === "RegisterProduct") return registrationViolations(command, state, ctx)
  if (!state.exists) return [violation(R.productNotFound, { product: command.productId })]
  switch (command._tag) {
    case "DeliverProduct": {
      const violations: Array<RuleViolation> = [
        ...producerViolations(state.producer, ctx, today),
        ...contentViolations(state, ctx, today),
      ]
      if (state.deliveredOn !== undefined) {
        violations.push(violation(R.alreadyDelivered, { product: state.productId, deliveredOn: state.deliveredOn }))
      }
      if (command.deliveredOn < state.startedOn) {
        violations.push(
          violation(R.deliveredBeforeStart, {
            product: state.productId,
            deliveredOn: command.deliveredOn,
            startedOn: state.startedOn,
          }),
        )
      }
      return [...violations, ...inFuture(command.deliveredOn, today)]
    }
    case "ReviseProductContent":
      return [
        ...producerViolations(state.producer, ctx, today),
        ...contentViolations(state, ctx, today),
        ...(state.deliveredOn === undefined
          ? []
          : [violation(R.alreadyDelivered, { product: state.productId, deliveredOn: state.deliveredOn })]),
      ]
    case "LinkPractice":
      return [
        ...linkerViolations(ctx, today),
        ...(state.motivates.includes(command.practiceId)
          ? [violation(R.alreadyLinked, { product: state.productId, practice: command.practiceId })]
          : []),
      ]
    case "UnlinkPractice":
      return [
        ...linkerViolations(ctx, today),
        ...(state.motivates.includes(command.practiceId)
          ? []
          : [violation(R.notLinked, { product: state.productId, practice: command.practiceId })]),
      ]
    case "ReadProduct":
      return readViolations(ctx.model, ctx.actor, state, today)
    case "ApproveShareableSummary":
      return [...summaryViolations(command, state, ctx, today), ...inFuture(command.approvedOn, today)]
    default: {
      const unknown: never = command
      return unknown
    }
  }
}

const eventsOf = (
  command: InformationCommand,
  state: ProductState,
  ctx: DecisionContext,
): ReadonlyArray<InformationEvent> => {
  const actor = ctx.actor
  const at = ctx.now
  switch (command._tag) {
    case "RegisterProduct": {
      const { _tag, ...fields } = command
      return [new ProductRegistered(Object.assign({}, fields, { registeredBy: actor, at }), decidedEvent)]
    }
    case "DeliverProduct":
      return [
        new ProductDelivered(
          {
            productId: command.productId,
            deliveredOn: command.deliveredOn,
            content: command.content,
            deliveredBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "ReviseProductContent":
      return [
        new ProductContentRevised(
          { productId: command.productId, content: command.content, revisedBy: actor, at },
          decidedEvent,
        ),
      ]
    case "LinkPractice":
      return [
        new PracticeLinked(
          { productId: command.productId, practiceId: command.practiceId, linkedBy: actor, at },
          decidedEvent,
        ),
      ]
    case "UnlinkPractice":
      return [
        new PracticeUnlinked(
          {
            productId: command.productId,
            practiceId: command.practiceId,
            reason: command.reason,
            unlinkedBy: actor,
            at,
          },
          decidedEvent,
        ),
      ]
    case "ReadProduct":
      return state.exists && state.classification === "vertrouwelijk"
        ? [new ConfidentialProductRead({ productId: command.productId, readBy: actor, at }, decidedEvent)]
        : []
    case "ApproveShareableSummary": {
      const replaces = state.exists ? state.shareableSummary?.approvedOn : undefined
      return [
        new ShareableSummaryApproved(
          {
            productId: command.productId,
            text: command.text,
            approvedOn: command.approvedOn,
            ...(replaces === undefined ? {} : { replaces }),
            approvedBy: actor,
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

const evolve = (state: ProductState, event: InformationEvent): ProductState => {
  if (event._tag === "ProductRegistered") {
    return {
      exists: true,
      productId: event.productId,
      kind: event.kind,
      producer: event.producer,
      scope: event.scope,
      themes: event.themes,
      classification: event.classification,
      content: event.content,
      status: "gestart",
      startedOn: event.startedOn,
      deliveredOn: undefined,
      motivates: [],
      shareableSummary: undefined,
    }
  }
  if (!state.exists) return state
  switch (event._tag) {
    case "ProductDelivered":
      return withChanges(state, { status: "opgeleverd", deliveredOn: event.deliveredOn, content: event.content })
    case "ProductContentRevised":
      return withChanges(state, { content: event.content })
    case "PracticeLinked":
      return withChanges(state, { motivates: [...state.motivates, event.practiceId] })
    case "PracticeUnlinked":
      return withChanges(state, { motivates: state.motivates.filter((p) => p !== event.practiceId) })
    case "ConfidentialProductRead":
      return state
    case "ShareableSummaryApproved":
      return withChanges(state, {
        shareableSummary: { text: event.text, approvedOn: event.approvedOn, approvedBy: event.approvedBy },
      })
    default: {
      const unknown: never = event
      return unknown
    }
  }
}

/**
 * The rules of an information product: registering, revising and delivering it (a `vertrouwelijk` one only
 * by the entitled), linking it to the Best Practices it motivated, approving its shareable summary,
 * and reading it (a read of a `vertrouwelijk` product is an event).
 *
 * @example
 * ```ts
 * informationDecider.decide(new ReadProduct({ productId }), state, { actor, model, now })
 * // Right([]) for openbaar/intern, Right([ConfidentialProductRead]) for vertrouwelijk, or Left(Refused)
 * ```
 * @category information
 */
export const informationDecider: Decider<InformationCommand, InformationEvent, ProductState> = {
  initialState: noProduct,
  decide: (command, state, ctx) =>
    judge(command, violationsOf(command, state, ctx), ctx.model, () => eventsOf(command, state, ctx)),
  evolve,
}

/** The product of a state, if it exists. @category information */
export const existingProduct = (state: ProductState): Option.Option<InformationProduct> =>
  state.exists ? Option.some(state) : Option.none()
