import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { DecisionContext } from "../../kernel/Decider.js"
import type { ItemContent } from "../commands.js"

export const taskUnknownOrganisation = defineRule<{ task: number; organisation: string }>()({
  code: "task.unknown-organisation",
  rule: {
    nl: "Elke taak van een partner zonder geld noemt een organisatie uit het bestuursmodel.",
    en: "Every task of a partner without money names an organisation of the governance model.",
  },
  explain: (f) => ({
    nl: `Taak ${f.task} noemt onbekende organisatie ${f.organisation}.`,
    en: `Task ${f.task} names unknown organisation ${f.organisation}.`,
  }),
})

/** Every partner's task of an item names an organisation of the model. @category routes */
export const taskViolations = (content: ItemContent, ctx: DecisionContext): ReadonlyArray<RuleViolation> =>
  (content.tasks ?? []).flatMap((task, index) =>
    ctx.model.organisations.some((o) => o.id === task.organisation)
      ? []
      : [violation(taskUnknownOrganisation, { task: index + 1, organisation: task.organisation })],
  )
