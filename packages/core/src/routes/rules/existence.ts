import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { RouteCommand } from "../commands.js"
import type { ItemState } from "../ItemState.js"

export const itemNotFound = defineRule<{ item: string }>()({
  code: "item.not-found",
  rule: { nl: "Een besluit of handeling betreft een bestaand stuk.", en: "An action concerns an existing item." },
  explain: (f) => ({ nl: `Stuk ${f.item} bestaat niet.`, en: `Item ${f.item} does not exist.` }),
})

export const itemExists = defineRule<{ item: string }>()({
  code: "item.already-exists",
  rule: { nl: "Elk stuk heeft een eigen kenmerk.", en: "Every item has an identifier of its own." },
  explain: (f) => ({ nl: `Stuk ${f.item} bestaat al.`, en: `Item ${f.item} already exists.` }),
})

/**
 * An item is drafted under an identifier of its own, and every other action concerns an item that
 * exists. Returns the violation, or none.
 * @category routes
 */
export const existenceViolations = (command: RouteCommand, state: ItemState): ReadonlyArray<RuleViolation> =>
  command._tag === "DraftItem"
    ? state.exists
      ? [violation(itemExists, { item: command.itemId })]
      : []
    : state.exists
      ? []
      : [violation(itemNotFound, { item: command.itemId })]
