import { defineRule } from "../../kernel/Refusal.js"

/**
 * The network starts the execution of a handed-over Best Practice in its own municipalities once;
 * its tracks then follow the execution per municipality.
 * @category practices
 */
export const networkExecutionOnce = defineRule<{ practice: string; startedOn: string }>()({
  code: "practice.network-execution-started",
  rule: {
    nl: "Het netwerk start de uitvoering van een overgenomen Best Practice één keer; daarna volgen de sporen per gemeente.",
    en: "The network starts the execution of a Best Practice it took over once; the tracks per municipality follow it.",
  },
  explain: (f) => ({
    nl: `De uitvoering van ${f.practice} startte al op ${f.startedOn}.`,
    en: `The execution of ${f.practice} already started on ${f.startedOn}.`,
  }),
})
