import { defineRule } from "../../kernel/Refusal.js"

/** Two practices are linked once. @category practices */
export const alreadyLinked = defineRule<{ practice: string; related: string }>()({
  code: "practice.already-linked",
  invariant: true,
  rule: {
    nl: "Twee Best Practices worden één keer aan elkaar gekoppeld.",
    en: "Two Best Practices are linked to each other once.",
  },
  explain: (f) => ({
    nl: `${f.practice} is al gekoppeld aan ${f.related}.`,
    en: `${f.practice} is already linked to ${f.related}.`,
  }),
})
