import { defineRule } from "../kernel/Refusal.js"

/** The rule that the programme's end is final. @category handover */
export const programmeEnded = defineRule<{ decision: string; command: string }>()({
  code: "programme.ended",
  rule: {
    nl: "Na het besluit tot beëindiging van het programma begint geen nieuw werk meer; de verdere ontwikkeling ligt bij het netwerk.",
    en: "After the decision to end the programme no new work starts; further development lies with the network.",
  },
  explain: (f) => ({
    nl: `Het programma is beëindigd bij besluit ${f.decision}; ${f.command} begint nieuw werk.`,
    en: `The programme was ended by decision ${f.decision}; ${f.command} starts new work.`,
  }),
})
