import { Option, Schema } from "effect"
import { CalendarDate, dateOf, Timestamp } from "../kernel/CalendarDate.js"
import type { Decider } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { OrganisationId, PersonId } from "../governance/Ids.js"
import { findPerson } from "../governance/queries.js"
import { ItemId } from "../routes/commands.js"
import { partnersOf } from "./AccordedMeasure.js"
import type { ExecutionContext } from "./ExecutionContext.js"
import { executionRules as R } from "./executionRules.js"
import { confirmationBeforeAccord } from "./rules/confirmationBeforeAccord.js"
import { confirmationInFuture } from "./rules/confirmationInFuture.js"

const confirmedOnOf = (command: ConfirmPart, ctx: ExecutionContext): CalendarDate =>
  command.confirmedOn ?? dateOf(ctx.now)

/**
 * A partner organisation confirms it executes its part of an accorded proposal, on the date it did
 * (default today): not before the accord, not in the future.
 * @category health
 */
export class ConfirmPart extends Schema.TaggedClass<ConfirmPart>()("ConfirmPart", {
  itemId: ItemId,
  organisation: OrganisationId,
  confirmedOn: Schema.optional(CalendarDate),
}) {}

/** A partner organisation confirmed its part of an accorded proposal. @category health */
export class PartConfirmed extends Schema.TaggedClass<PartConfirmed>()("PartConfirmed", {
  itemId: ItemId,
  organisation: OrganisationId,
  decisionId: Schema.String,
  /** The date of the confirmation; absent in confirmations recorded before they carried one (their `at`). */
  confirmedOn: Schema.optional(CalendarDate),
  confirmedBy: PersonId,
  at: Timestamp,
}) {}

/** Stores and reads confirmations. @category health */
export const confirmationEventCodec = eventCodec(PartConfirmed, ["PartConfirmed"])

/** The stream of the confirmations of an accorded proposal. @category health */
export const confirmationStreamId = (itemId: string): string => `commitment-${itemId}`

/** The confirmations of one proposal, by organisation, with the date and the accord they confirm. @category health */
export type Confirmations = ReadonlyMap<string, { readonly on: CalendarDate; readonly decisionId: string }>

const violationsOf = (command: ConfirmPart, state: Confirmations, ctx: ExecutionContext) => {
  const measure = ctx.measure
  if (measure === undefined) return [violation(R.notAccorded, { item: command.itemId })]
  const violations: Array<RuleViolation> = []
  const partners = partnersOf(measure)
  if (!partners.includes(command.organisation)) {
    violations.push(violation(R.notAPartner, { item: measure.itemId, organisation: command.organisation, partners }))
  }
  if (!Option.exists(findPerson(ctx.model, ctx.actor), (p) => p.organisation === command.organisation)) {
    violations.push(violation(R.notOwnOrganisation, { person: ctx.actor, organisation: command.organisation }))
  }
  const confirmedOn = confirmedOnOf(command, ctx)
  const today = dateOf(ctx.now)
  if (confirmedOn < measure.accordedOn) {
    violations.push(
      violation(confirmationBeforeAccord, { item: measure.itemId, confirmedOn, accordedOn: measure.accordedOn }),
    )
  }
  if (confirmedOn > today) violations.push(violation(confirmationInFuture, { confirmedOn, today }))
  const earlier = state.get(command.organisation)
  if (earlier !== undefined && earlier.decisionId === measure.decisionId) {
    violations.push(
      violation(R.alreadyConfirmed, {
        item: measure.itemId,
        organisation: command.organisation,
        confirmedOn: earlier.on,
      }),
    )
  }
  return violations
}

/**
 * The rules of confirming a part: the proposal is accorded; the organisation has a budget line
 * (any funding) or a task in it; a person of that organisation confirms; once per accord;
 * dated not before the accord and not in the future.
 * @category health
 */
export const confirmationDecider: Decider<ConfirmPart, PartConfirmed, Confirmations, ExecutionContext> = {
  initialState: new Map(),
  decide: (command, state, ctx) =>
    judge(command, violationsOf(command, state, ctx), ctx.model, () => [
      new PartConfirmed(
        {
          itemId: command.itemId,
          organisation: command.organisation,
          decisionId: ctx.measure?.decisionId ?? "",
          confirmedOn: confirmedOnOf(command, ctx),
          confirmedBy: ctx.actor,
          at: ctx.now,
        },
        decidedEvent,
      ),
    ]),
  evolve: (state, event) =>
    new Map(state).set(event.organisation, { on: event.confirmedOn ?? dateOf(event.at), decisionId: event.decisionId }),
}
