import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { Item } from "../ItemState.js"

export const decisionExists = defineRule<{ decision: string }>()({
  code: "decision.immutable",
  invariant: true,
  rule: {
    nl: "Besluiten zijn onveranderlijk; een correctie is een nieuw besluit dat het oude noemt.",
    en: "Decisions are immutable; a correction is a new decision that cites the old one.",
  },
  explain: (f) => ({
    nl: `Besluit ${f.decision} bestaat al en wordt niet overschreven.`,
    en: `Decision ${f.decision} exists already and is not overwritten.`,
  }),
})

/**
 * A decision's identifier is never used twice on an item, for a decision or a revocation: a
 * recorded decision is not overwritten.
 * @category routes
 */
export const immutabilityViolations = (decisionId: string, item: Item): ReadonlyArray<RuleViolation> =>
  item.decisions.some((d) => d.decisionId === decisionId || d.revokedBy === decisionId)
    ? [violation(decisionExists, { decision: decisionId })]
    : []
