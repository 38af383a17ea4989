import { defineRule } from "../../kernel/Refusal.js"

/** A practice is not linked to itself. @category practices */
export const linkToItself = defineRule<{ practice: string }>()({
  code: "practice.link-to-itself",
  invariant: true,
  rule: {
    nl: "Een Best Practice wordt aan een andere Best Practice gekoppeld, niet aan zichzelf.",
    en: "A Best Practice is linked to another Best Practice, not to itself.",
  },
  explain: (f) => ({
    nl: `${f.practice} kan niet aan zichzelf worden gekoppeld.`,
    en: `${f.practice} cannot be linked to itself.`,
  }),
})
