import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { ItemContent } from "../commands.js"

/** Only a beleidsvoorstel is a pilot proposal. @category routes */
export const pilotNotAProposal = defineRule<{ item: string; kind: string }>()({
  code: "route.pilot-not-a-proposal",
  invariant: true,
  rule: {
    nl: "Alleen een beleidsvoorstel (met begroting) kan een pilotvoorstel zijn.",
    en: "Only a policy proposal (with a budget) can be a pilot proposal.",
  },
  explain: (f) => ({
    nl: `${f.item} is een ${f.kind}, geen beleidsvoorstel, en kan geen pilotgemeenten noemen.`,
    en: `${f.item} is a ${f.kind}, not a policy proposal, and cannot name pilot municipalities.`,
  }),
})

/** An item names pilot municipalities only when it is a beleidsvoorstel. @category routes */
export const pilotKindViolations = (item: string, kind: string, content: ItemContent): ReadonlyArray<RuleViolation> =>
  content.pilot !== undefined && kind !== "beleidsvoorstel" ? [violation(pilotNotAProposal, { item, kind })] : []
