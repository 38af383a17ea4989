import { defineRule } from "../../kernel/Refusal.js"

/** A practice is linked only to a practice in the catalogue. @category practices */
export const linkRelatedNotFound = defineRule<{ practice: string; related: string }>()({
  code: "practice.link-related-not-found",
  invariant: true,
  rule: {
    nl: "Een Best Practice wordt alleen gekoppeld aan een Best Practice uit de catalogus.",
    en: "A Best Practice is linked only to a catalogued Best Practice.",
  },
  explain: (f) => ({
    nl: `${f.practice} kan niet worden gekoppeld aan ${f.related}: die staat niet in de catalogus.`,
    en: `${f.practice} cannot be linked to ${f.related}: it is not in the catalogue.`,
  }),
})
