import { Option } from "effect"
import { formatEuro as euro } from "../../kernel/Money.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { Route } from "../../governance/Route.js"
import type { BudgetPosition } from "../Budget.js"
import type { ItemContent } from "../commands.js"
import type { Item } from "../ItemState.js"
import { routeOf } from "../route.js"
import { taskViolations } from "./partnerTask.js"
import type { DecisionContext } from "../../kernel/Decider.js"

export const budgetRequired = defineRule<{ item: string; kind: string }>()({
  code: "budget.required",
  rule: { nl: "Een beleidsvoorstel gaat gepaard met een begroting.", en: "A policy proposal comes with a budget." },
  explain: (f) => ({
    nl: `${f.kind} ${f.item} heeft geen begrotingsregels.`,
    en: `${f.kind} ${f.item} has no budget lines.`,
  }),
})

export const budgetNotAllowed = defineRule<{ item: string; kind: string }>()({
  code: "budget.not-allowed",
  rule: {
    nl: "Alleen stukken waarvan de route een begroting kent, dragen begrotingsregels.",
    en: "Only items whose route knows a budget carry budget lines.",
  },
  explain: (f) => ({
    nl: `Een ${f.kind} (${f.item}) draagt geen begroting.`,
    en: `A ${f.kind} (${f.item}) carries no budget.`,
  }),
})

export const unknownOrganisation = defineRule<{ line: number; organisation: string }>()({
  code: "budget.unknown-organisation",
  rule: {
    nl: "Elke begrotingsregel noemt een organisatie uit het bestuursmodel.",
    en: "Every budget line names an organisation of the governance model.",
  },
  explain: (f) => ({
    nl: `Begrotingsregel ${f.line} noemt onbekende organisatie ${f.organisation}.`,
    en: `Budget line ${f.line} names unknown organisation ${f.organisation}.`,
  }),
})

export const exceedsAvailable = defineRule<{
  available: number
  committed: number
  requested: number
  shortfall: number
}>()({
  code: "budget.exceeds-available",
  rule: {
    nl: "De som van de geaccordeerde begrotingsregels uit het programmabudget blijft binnen het beschikbare programmabudget.",
    en: "The sum of accorded programme-funded budget lines stays within the programme's available budget.",
  },
  explain: (f) => ({
    nl: `Accorderen vraagt ${euro(f.requested)}, terwijl van ${euro(f.available)} al ${euro(f.committed)} is vastgelegd: een tekort van ${euro(f.shortfall)}.`,
    en: `According asks ${euro(f.requested)} while ${euro(f.committed)} of ${euro(f.available)} is committed already: a shortfall of ${euro(f.shortfall)}.`,
  }),
})

/**
 * An item carries budget lines only where its route knows a budget, and every line and every
 * partner's task names an organisation of the model.
 * @category routes
 */
export const contentViolations = (
  item: string,
  kind: string,
  content: ItemContent,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  const violations: Array<RuleViolation> = []
  const route = routeOf(ctx.model, kind)
  if (Option.isSome(route) && route.value.budget === "none" && content.budget.length > 0) {
    violations.push(violation(budgetNotAllowed, { item, kind }))
  }
  content.budget.forEach((line, index) => {
    if (!ctx.model.organisations.some((o) => o.id === line.organisation)) {
      violations.push(violation(unknownOrganisation, { line: index + 1, organisation: line.organisation }))
    }
  })
  violations.push(...taskViolations(content, ctx))
  return violations
}

/** An item whose route requires a budget is submitted with one. @category routes */
export const requiredBudgetViolations = (item: Item, route: Route): ReadonlyArray<RuleViolation> =>
  route.budget === "required" && item.content.budget.length === 0
    ? [violation(budgetRequired, { item: item.itemId, kind: item.kind })]
    : []

/**
 * Committing `requested` keeps what is committed within the programme's available budget, or the
 * shortfall is named. The budget ledger's decider applies it to every accord that commits a budget.
 * @category routes
 */
export const envelopeViolations = (position: BudgetPosition, requested: number): ReadonlyArray<RuleViolation> => {
  const shortfall = position.committed + requested - position.available
  return shortfall > 0
    ? [
        violation(exceedsAvailable, {
          available: position.available,
          committed: position.committed,
          requested,
          shortfall,
        }),
      ]
    : []
}
