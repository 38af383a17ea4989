import { Schema } from "effect"

/**
 * Where a Best Practice stands in its lifecycle: `kandidaat` (inventoried) → `in_pilot` →
 * `beproefd` (pilot evaluated) → `voorgesteld` (in a beleidsvoorstel on its route) →
 * `geaccordeerd` (the DVO's accord) → `in_uitvoering` → `geevalueerd` → `overgedragen` (handed to
 * the network as concept) → `vastgesteld_netwerk` (the RVO's agreement); side exits `afgewezen`
 * and `gestopt`.
 * @category practices
 */
export const PracticeStatus = Schema.Literal(
  "kandidaat",
  "in_pilot",
  "beproefd",
  "voorgesteld",
  "geaccordeerd",
  "in_uitvoering",
  "geevalueerd",
  "overgedragen",
  "vastgesteld_netwerk",
  "afgewezen",
  "gestopt",
).annotations({ identifier: "PracticeStatus" })
/** @category practices */
export type PracticeStatus = typeof PracticeStatus.Type

/** Statuses from which a practice is put in a beleidsvoorstel. @category practices */
export const proposableStatuses: ReadonlyArray<PracticeStatus> = ["kandidaat", "beproefd"]

/** Statuses of a measure the DVO accorded (municipalities execute it). @category practices */
export const accordedStatuses: ReadonlyArray<PracticeStatus> = [
  "geaccordeerd",
  "in_uitvoering",
  "geevalueerd",
  "overgedragen",
  "vastgesteld_netwerk",
]

/** Statuses that end the lifecycle in the programme: nothing moves the practice on. @category practices */
export const closedPracticeStatuses: ReadonlyArray<PracticeStatus> = ["afgewezen", "gestopt"]

/**
 * Statuses from which a practice is handed over as concept: "na evaluatie van (en wellicht al
 * tijdens) de uitvoering".
 * @category practices
 */
export const handoverReadyStatuses: ReadonlyArray<PracticeStatus> = ["in_uitvoering", "geevalueerd"]

/** Statuses of a practice handed over to the network. @category practices */
export const handedOverStatuses: ReadonlyArray<PracticeStatus> = ["overgedragen", "vastgesteld_netwerk"]
