import { defineRule } from "../../kernel/Refusal.js"

/** The DVO exempts a municipality from a measure in a meeting not before the meeting that accorded it. @category tracks */
export const exemptionDatedBeforeAccord = defineRule<{ practice: string; meetingDate: string; accordedOn: string }>()({
  code: "track.exemption-dated-before-accord",
  invariant: true,
  rule: {
    nl: "Het DVO verleent vrijstelling van een maatregel niet in een vergadering vóór het akkoord op die maatregel.",
    en: "The DVO does not exempt from a measure in a meeting before the accord of that measure.",
  },
  explain: (f) => ({
    nl: `De vergadering van ${f.meetingDate} ligt vóór het akkoord van ${f.practice} op ${f.accordedOn}.`,
    en: `The meeting of ${f.meetingDate} is before the accord of ${f.practice} on ${f.accordedOn}.`,
  }),
})
