import { defineRule } from "../../kernel/Refusal.js"

/**
 * Practices are linked by a member of either practice's expert group, or by a person acting for the
 * Stuurgroep, which guards the coherence of the expert groups' work.
 * @category practices
 */
export const mayNotLink = defineRule<{ person: string; practice: string; related: string; date: string }>()({
  code: "practice.may-not-link",
  invariant: true,
  rule: {
    nl: "Best Practices worden gekoppeld door een lid van de expertgroep van een van beide, of namens de Stuurgroep.",
    en: "Best Practices are linked by a member of either one's expert group, or on behalf of the Stuurgroep.",
  },
  explain: (f) => ({
    nl: `${f.person} is op ${f.date} geen lid van de expertgroep van ${f.practice} of ${f.related} en handelt niet namens de Stuurgroep.`,
    en: `${f.person} is on ${f.date} not a member of the expert group of ${f.practice} or ${f.related} and does not act for the Stuurgroep.`,
  }),
})
