import { Option } from "effect"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import { findBody } from "../../governance/queries.js"
import { draftersOf } from "../../governance/Route.js"
import type { DraftItem } from "../commands.js"
import { routeOf } from "../route.js"
import type { DecisionContext } from "../../kernel/Decider.js"

export const noRoute = defineRule<{ kind: string }>()({
  code: "route.no-route",
  rule: {
    nl: "Een stuk volgt de route die het bestuursmodel voor zijn soort vastlegt.",
    en: "An item follows the route the governance model defines for its kind.",
  },
  explain: (f) => ({
    nl: `Het bestuursmodel kent geen route voor een ${f.kind}.`,
    en: `The governance model has no route for a ${f.kind}.`,
  }),
})

export const notADrafter = defineRule<{ body: string; kind: string }>()({
  code: "route.not-a-drafter",
  rule: {
    nl: "Alleen het orgaan dat de route als opsteller noemt, stelt het stuk op.",
    en: "Only the body the route names as drafter drafts the item.",
  },
  explain: (f) => ({
    nl: `${f.body} stelt geen ${f.kind} op volgens de route.`,
    en: `${f.body} does not draft a ${f.kind} on this route.`,
  }),
})

/**
 * The model has a route for the kind, and the drafting body is a drafter that route names: any
 * body of a level it names, or a body it names.
 * @category routes
 */
export const draftingViolations = (command: DraftItem, ctx: DecisionContext): ReadonlyArray<RuleViolation> => {
  const route = routeOf(ctx.model, command.kind)
  if (Option.isNone(route)) return [violation(noRoute, { kind: command.kind })]
  const body = findBody(ctx.model, command.draftingBody)
  const fits =
    Option.isSome(body) &&
    draftersOf(route.value.drafter).some((d) =>
      "level" in d ? body.value.level === d.level : body.value.id === d.body,
    )
  return fits ? [] : [violation(notADrafter, { body: command.draftingBody, kind: command.kind })]
}

/** The model still has a route for the item's kind. @category routes */
export const routeViolations = (kind: string, ctx: DecisionContext): ReadonlyArray<RuleViolation> =>
  Option.isNone(routeOf(ctx.model, kind)) ? [violation(noRoute, { kind })] : []
