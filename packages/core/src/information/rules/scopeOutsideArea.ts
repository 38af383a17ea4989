import { defineRule } from "../../kernel/Refusal.js"

/**
 * A product about a municipality (its scope, or a pilot site of a district's analysis) is about one
 * of the programme's area on the day it starts, or a reference municipality then — Kampen and
 * Enschede for the DRIO analysis; a picture of another municipality belongs in that district's store.
 * @category information
 */
export const scopeOutsideArea = defineRule<{ product: string; municipality: string; date: string }>()({
  code: "information.scope-outside-area",
  rule: {
    nl: "Een informatieproduct gaat over een gemeente van het gebied van het programma of een referentiegemeente.",
    en: "An information product is about a municipality of the programme's area or a reference municipality.",
  },
  explain: (f) => ({
    nl: `${f.municipality} hoort op ${f.date} niet bij het gebied van het programma en is geen referentiegemeente: ${f.product} hoort in de registratie van het eigen district.`,
    en: `${f.municipality} is not in the programme's area on ${f.date} nor a reference municipality: ${f.product} belongs in its own district's store.`,
  }),
})
