import { Schema } from "effect"
import { Localized } from "../kernel/Localized.js"
import { BodyId } from "./Ids.js"
import { Level } from "./Body.js"

/**
 * The kinds of items that travel an approval route: an expert group's assignment, a policy
 * proposal with a budget, the programme plan, an adjustment of it, a progress report, and a
 * handover of Best Practices to the network.
 * @category routes
 */
export const ItemKind = Schema.Literal(
  "opdracht",
  "beleidsvoorstel",
  "programmaplan",
  "programmabijstelling",
  "voortgangsrapportage",
  "overdracht",
).annotations({ identifier: "ItemKind" })
/** @category routes */
export type ItemKind = typeof ItemKind.Type

/**
 * What a body can decide at its step: `approve` (and pass the item on, or close it when it is
 * the last step), `accord` (the binding agreement of the last step), `return` with remarks (the
 * item becomes a new version and starts again), `reject`, or `take-note` (no approval asked).
 * @category routes
 */
export const Outcome = Schema.Literal("approve", "accord", "return", "reject", "take-note").annotations({
  identifier: "Outcome",
})
/** @category routes */
export type Outcome = typeof Outcome.Type

/** Outcomes that approve the item at a step. @category routes */
export const positiveOutcomes: ReadonlyArray<Outcome> = ["approve", "accord"]

/** One step of a route: the body whose turn it is and the outcomes it may decide. @category routes */
export class RouteStep extends Schema.Class<RouteStep>("RouteStep")({
  body: BodyId,
  outcomes: Schema.NonEmptyArray(Outcome),
  label: Schema.optional(Localized),
}) {}

/**
 * Who drafts an item: any body of a level (every expert group drafts its own proposals) or one
 * named body (the Stuurgroep drafts plan adjustments).
 * @category routes
 */
export const Drafter = Schema.Union(Schema.Struct({ level: Level }), Schema.Struct({ body: BodyId })).annotations({
  identifier: "Drafter",
})
/** @category routes */
export type Drafter = typeof Drafter.Type

/**
 * The drafters of a route: one {@link Drafter}, or a list of them (the expert groups, and the
 * Stuurgroep itself, draft a beleidsvoorstel).
 * @category routes
 */
export const Drafters = Schema.Union(Drafter, Schema.NonEmptyArray(Drafter)).annotations({ identifier: "Drafters" })
/** @category routes */
export type Drafters = typeof Drafters.Type

/** The drafters of `drafters` as a list. @category routes */
export const draftersOf = (drafters: Drafters): ReadonlyArray<Drafter> =>
  Array.isArray(drafters) ? drafters : [drafters as Drafter]

/**
 * The approval route of one kind of item: who drafts it, whether it carries a budget, and its
 * ordered steps. When the drafting body is itself a step of the route, the route starts at that
 * step (the Stuurgroep's own beleidsvoorstel starts at its own approval), or at the step after it
 * when that step only takes note: a body takes no note of its own report, so in the preset the
 * Stuurgroep's voortgangsrapportage goes to the DVO while an expert group's ends at the Stuurgroep's
 * take-note (see `startOf`).
 * @category routes
 */
export class Route extends Schema.Class<Route>("Route")({
  item: ItemKind,
  drafter: Drafters,
  budget: Schema.Literal("required", "optional", "none"),
  steps: Schema.NonEmptyArray(RouteStep),
}) {}
