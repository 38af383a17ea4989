import { Option } from "effect"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { positiveOutcomes, type Route } from "../governance/Route.js"
import type { Item } from "./ItemState.js"

/** The route of an item kind in a model. @category routes */
export const routeOf = (model: GovernanceModel, kind: string): Option.Option<Route> =>
  Option.fromNullable(model.routes.find((r) => r.item === kind))

/** Whether the outcome at a step ends the route. @category routes */
export const endsRoute = (route: Route, step: number, outcome: string): boolean =>
  outcome === "reject" ||
  outcome === "take-note" ||
  (positiveOutcomes.includes(outcome as never) && step === route.steps.length - 1)

/**
 * The step whose turn it is for the item's current version: the first step of `route` whose body
 * has not approved that version yet. Approvals are matched by the body of each step, not by its
 * index alone, so a route that changed while the item was on it (a new model version adds or drops
 * a step) still asks every body it names; `route.steps.length` when every step approved. An item
 * whose drafting body is a step of the route starts at that body's step ({@link startOf}).
 * @category routes
 */
export const turnOf = (route: Route, item: Item): number => {
  const start = startOf(route, item.draftingBody)
  const approvals = new Map<string, number>()
  for (const d of item.decisions) {
    if (d.version === item.version && positiveOutcomes.includes(d.outcome)) {
      approvals.set(d.body, (approvals.get(d.body) ?? 0) + 1)
    }
  }
  for (let step = start; step < route.steps.length; step++) {
    const body = route.steps[step]!.body
    const left = approvals.get(body) ?? 0
    if (left === 0) return step
    approvals.set(body, left - 1)
  }
  return route.steps.length
}

/**
 * The step an item of `draftingBody` starts at: the drafting body's own step when it is a step of
 * the route (the Stuurgroep approves its own beleidsvoorstel), or the step after it when that step
 * only takes note — a body takes no note of its own report, so the Stuurgroep's voortgangsrapportage
 * goes straight to the DVO while an expert group's ends at the Stuurgroep's take-note. Else the
 * first step.
 * @category routes
 */
export const startOf = (route: Route, draftingBody: string): number => {
  const own = route.steps.findIndex((s) => s.body === draftingBody)
  if (own < 0) return 0
  const onlyNotes = route.steps[own]!.outcomes.every((o) => o === "take-note")
  return onlyNotes && own + 1 < route.steps.length ? own + 1 : own
}
