import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { Route } from "../../governance/Route.js"
import type { Item } from "../ItemState.js"
import { turnOf } from "../route.js"

export const noStepLeft = defineRule<{ item: string; version: number; body: string }>()({
  code: "route.no-step-left",
  invariant: true,
  rule: {
    nl: "Een orgaan besluit op een stap van de geldende route die deze versie nog niet goedkeurde.",
    en: "A body decides at a step of the route in force that has not approved this version yet.",
  },
  explain: (f) => ({
    nl: `Elke stap van de geldende route keurde versie ${f.version} van ${f.item} al goed; ${f.body} heeft er geen stap meer.`,
    en: `Every step of the route in force approved version ${f.version} of ${f.item} already; ${f.body} has no step left on it.`,
  }),
})

export const notYourTurn = defineRule<{ body: string; expectedBody: string; item: string; version: number }>()({
  code: "route.not-your-turn",
  invariant: true,
  rule: {
    nl: "Alleen het orgaan dat op de route aan de beurt is, neemt een besluit.",
    en: "Only the body whose turn it is on the route takes a decision.",
  },
  explain: (f) => ({
    nl: `${f.body} is niet aan de beurt voor versie ${f.version} van ${f.item}; eerst besluit ${f.expectedBody}.`,
    en: `${f.body} is not on turn for version ${f.version} of ${f.item}; ${f.expectedBody} decides first.`,
  }),
})

export const previousStepNotApproved = defineRule<{ item: string; version: number; body: string; missing: string }>()({
  code: "route.previous-step-not-approved",
  invariant: true,
  rule: {
    nl: "Een orgaan besluit pas als de eerdere stappen de huidige versie hebben goedgekeurd (het DVO accordeert geen versie die de Stuurgroep niet goedkeurde).",
    en: "A body decides only once the earlier steps approved the current version (the DVO does not accord a version the Stuurgroep did not approve).",
  },
  explain: (f) => ({
    nl: `${f.missing} heeft versie ${f.version} van ${f.item} niet goedgekeurd; ${f.body} kan er niet over besluiten.`,
    en: `${f.missing} has not approved version ${f.version} of ${f.item}; ${f.body} cannot decide on it.`,
  }),
})

/**
 * Only the body whose turn it is decides. A body further down the route that decides before the
 * steps in front of it approved the current version (the DVO before the Stuurgroep) is refused
 * once, with {@link previousStepNotApproved} naming the step that has not approved; a body whose
 * turn has passed or that the route does not name is not on turn.
 * @category routes
 */
export const turnOrderViolations = (route: Route, item: Item, body: string): ReadonlyArray<RuleViolation> => {
  const turn = turnOf(route, item)
  const current = route.steps[turn]
  if (current === undefined) return [violation(noStepLeft, { item: item.itemId, version: item.version, body })]
  if (current.body === body) return []
  const later = route.steps.some((step, index) => index > turn && step.body === body)
  return later
    ? [violation(previousStepNotApproved, { item: item.itemId, version: item.version, body, missing: current.body })]
    : [violation(notYourTurn, { body, expectedBody: current.body, item: item.itemId, version: item.version })]
}
