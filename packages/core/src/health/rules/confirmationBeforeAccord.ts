import { defineRule } from "../../kernel/Refusal.js"

/** A partner confirms its part of an accorded proposal not before the DVO accorded it. @category health */
export const confirmationBeforeAccord = defineRule<{ item: string; confirmedOn: string; accordedOn: string }>()({
  code: "execution.confirmed-before-accord",
  invariant: true,
  rule: {
    nl: "Een partner bevestigt zijn deel van een voorstel niet vóór het akkoord van het DVO.",
    en: "A partner does not confirm its part of a proposal before the DVO's accord.",
  },
  explain: (f) => ({
    nl: `De bevestiging op ${f.confirmedOn} ligt vóór het akkoord van ${f.item} op ${f.accordedOn}.`,
    en: `The confirmation on ${f.confirmedOn} is before the accord of ${f.item} on ${f.accordedOn}.`,
  }),
})
