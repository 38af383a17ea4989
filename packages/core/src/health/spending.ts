import { Option, Schema } from "effect"
import { RequiredText, Title } from "../kernel/Text.js"
import { CalendarDate, dateOf, Timestamp } from "../kernel/CalendarDate.js"
import type { Decider } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { Cents } from "../kernel/Money.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { OrganisationId, PersonId } from "../governance/Ids.js"
import { bodyOfLevel, findPerson, mayActFor } from "../governance/queries.js"
import { ItemId } from "../routes/commands.js"
import type { ExecutionContext } from "./ExecutionContext.js"
import { executionRules as R } from "./executionRules.js"

/** A budget line named by what it is for, who spends it and in which year. @category health */
export const BudgetLineRef = Schema.Struct({
  category: Title,
  organisation: OrganisationId,
  year: Schema.Int,
})
/** @category health */
export type BudgetLineRef = typeof BudgetLineRef.Type

/** A budget line as one word: `category/organisation/year`. @category health */
export const lineKey = (line: BudgetLineRef): string => `${line.category}/${line.organisation}/${line.year}`

/** A partner (or the programme office) reports money spent on a budget line of an accorded proposal. @category health */
export class ReportSpending extends Schema.TaggedClass<ReportSpending>()("ReportSpending", {
  itemId: ItemId,
  line: BudgetLineRef,
  amount: Cents,
  spentOn: CalendarDate,
  description: RequiredText,
  /** Why the line is overspent, where its overrun is signalled (comply or explain). */
  reason: Schema.optional(RequiredText),
}) {}

/** Money was spent on a budget line of an accorded proposal. @category health */
export class SpendingReported extends Schema.TaggedClass<SpendingReported>()("SpendingReported", {
  itemId: ItemId,
  line: BudgetLineRef,
  amount: Cents,
  spentOn: CalendarDate,
  description: Schema.String,
  reportedBy: PersonId,
  at: Timestamp,
}) {}

/** Stores and reads spending reports. @category health */
export const spendingEventCodec = eventCodec(SpendingReported, ["SpendingReported"])

/** The stream of the spending on an accorded proposal. @category health */
export const spendingStreamId = (itemId: string): string => `spending-${itemId}`

/** What was spent per budget line ({@link lineKey}) of one proposal. @category health */
export type Spending = ReadonlyMap<string, number>

const violationsOf = (command: ReportSpending, spent: Spending, ctx: ExecutionContext) => {
  const measure = ctx.measure
  if (measure === undefined) return [violation(R.notAccorded, { item: command.itemId })]
  const today = dateOf(ctx.now)
  const line = lineKey(command.line)
  const violations: Array<RuleViolation> = []
  const lines = measure.budget.filter((l) => lineKey(l) === line)
  if (lines.length === 0) violations.push(violation(R.unknownLine, { item: measure.itemId, line }))
  const ownOrganisation = Option.exists(
    findPerson(ctx.model, ctx.actor),
    (p) => p.organisation === command.line.organisation,
  )
  const stuurgroep = bodyOfLevel(ctx.model, "besturing")
  const forStuurgroep = Option.isSome(stuurgroep) && mayActFor(ctx.model, ctx.actor, stuurgroep.value.id, today)
  if (!ownOrganisation && !forStuurgroep) {
    violations.push(
      violation(R.mayNotReport, { person: ctx.actor, organisation: command.line.organisation, date: today }),
    )
  }
  if (command.amount <= 0) violations.push(violation(R.nothingSpent, { amount: command.amount }))
  if (
    command.spentOn > today ||
    command.spentOn < measure.accordedOn ||
    Number(command.spentOn.slice(0, 4)) !== command.line.year
  ) {
    violations.push(violation(R.outsideLine, { line, spentOn: command.spentOn, accordedOn: measure.accordedOn, today }))
  }
  const budgeted = lines.reduce((sum, l) => sum + l.amount, 0)
  const already = spent.get(line) ?? 0
  const shortfall = already + command.amount - budgeted
  if (lines.length > 0 && shortfall > 0) {
    violations.push(violation(R.exceedsLine, { line, budgeted, spent: already, requested: command.amount, shortfall }))
  }
  return violations
}

/**
 * The rules of reporting spending: the proposal is accorded; the line is one of its budget lines;
 * its organisation (or the programme office) reports; the amount is above zero, falls in the
 * line's year after the accord, and keeps the line within its accorded amount — an overrun is
 * refused or, as in the preset, recorded and signalled with its reason.
 * @category health
 */
export const spendingDecider: Decider<ReportSpending, SpendingReported, Spending, ExecutionContext> = {
  initialState: new Map(),
  decide: (command, state, ctx) =>
    judge(command, violationsOf(command, state, ctx), ctx.model, () => {
      const { _tag, reason: _reason, ...report } = command
      return [new SpendingReported({ ...report, reportedBy: ctx.actor, at: ctx.now }, decidedEvent)]
    }),
  evolve: (state, event) =>
    new Map(state).set(lineKey(event.line), (state.get(lineKey(event.line)) ?? 0) + event.amount),
}
