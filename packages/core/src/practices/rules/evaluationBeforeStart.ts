import { defineRule } from "../../kernel/Refusal.js"

/**
 * An evaluation is dated not before the start of what it evaluates: a pilot's evaluation not before
 * the pilot started, an execution's not before the execution started.
 * @category practices
 */
export const evaluationBeforeStart = defineRule<{
  evaluation: string
  kind: string
  evaluatedOn: string
  startedOn: string
}>()({
  code: "practice.evaluation-before-start",
  invariant: true,
  rule: {
    nl: "Een evaluatie ligt niet vóór de start van wat zij evalueert: de pilot of de uitvoering.",
    en: "An evaluation is not dated before the start of what it evaluates: the pilot or the execution.",
  },
  explain: (f) => ({
    nl: `Evaluatie ${f.evaluation} (${f.kind}) op ${f.evaluatedOn} ligt vóór de start op ${f.startedOn}.`,
    en: `Evaluation ${f.evaluation} (${f.kind}) on ${f.evaluatedOn} is before the start on ${f.startedOn}.`,
  }),
})
