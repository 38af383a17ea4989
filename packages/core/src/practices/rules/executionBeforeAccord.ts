import { defineRule } from "../../kernel/Refusal.js"

/** The expert group starts coordinating a practice's execution not before the DVO accorded it. @category practices */
export const executionBeforeAccord = defineRule<{ practice: string; startedOn: string; accordedOn: string }>()({
  code: "practice.execution-before-accord",
  invariant: true,
  rule: {
    nl: "De uitvoering van een maatregel start niet vóór het akkoord van het DVO.",
    en: "The execution of a measure does not start before the DVO's accord.",
  },
  explain: (f) => ({
    nl: `De uitvoering van ${f.practice} op ${f.startedOn} ligt vóór het akkoord op ${f.accordedOn}.`,
    en: `The execution of ${f.practice} on ${f.startedOn} is before the accord on ${f.accordedOn}.`,
  }),
})
