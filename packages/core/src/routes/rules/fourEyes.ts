import type { BodyId } from "../../governance/Ids.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { GovernanceModel } from "../../governance/GovernanceModel.js"
import type { Meeting } from "../commands.js"
import type { Item } from "../ItemState.js"
import { approversOf } from "./decisionRule.js"

export const fourEyes = defineRule<{ item: string; approvers: ReadonlyArray<string> }>()({
  code: "decision.four-eyes",
  rule: {
    nl: "Vier ogen: wie een stuk opstelde, kan het niet als enige goedkeuren.",
    en: "Four eyes: the person who drafted an item cannot alone approve it.",
  },
  explain: (f) => ({
    nl: `Alleen de opsteller(s) van ${f.item} keurden het goed (${f.approvers.join(", ")}).`,
    en: `Only the drafter(s) of ${f.item} approved it (${f.approvers.join(", ")}).`,
  }),
})

/**
 * Four eyes: a positive decision carried only by the persons who drafted or edited the current
 * version is refused.
 * @category routes
 */
export const fourEyesViolations = (
  model: GovernanceModel,
  body: BodyId,
  meeting: Meeting,
  item: Item,
): ReadonlyArray<RuleViolation> => {
  const approvers = approversOf(model, body, meeting)
  return approvers.length > 0 && approvers.every((p) => item.authors.includes(p))
    ? [violation(fourEyes, { item: item.itemId, approvers })]
    : []
}
