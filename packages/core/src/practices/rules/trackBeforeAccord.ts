import { defineRule } from "../../kernel/Refusal.js"

/**
 * A track's move after the accord (planned, in execution, secured, not relevant) or its maatwerk
 * note carries a date not before the DVO's accord of the measure it executes: a record dated
 * before what it depends on is not true. A pilot that went before the accord is not such a move.
 * @category tracks
 */
export const trackBeforeAccord = defineRule<{ practice: string; date: string; accordedOn: string }>()({
  code: "track.before-accord",
  invariant: true,
  rule: {
    nl: "Een gemeente voert een maatregel uit na het akkoord van het DVO: een fase of maatwerk van die uitvoering is niet gedateerd vóór het akkoord.",
    en: "A municipality executes a measure after the DVO's accord: a phase or maatwerk of that execution is not dated before the accord.",
  },
  explain: (f) => ({
    nl: `De datum ${f.date} ligt vóór het akkoord van ${f.practice} op ${f.accordedOn}.`,
    en: `The date ${f.date} is before the accord of ${f.practice} on ${f.accordedOn}.`,
  }),
})
