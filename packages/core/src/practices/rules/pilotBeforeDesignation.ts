import { defineRule } from "../../kernel/Refusal.js"

/** A practice's pilot starts on or after the Stuurgroep's first designation of a pilot municipality. @category practices */
export const pilotBeforeDesignation = defineRule<{ practice: string; startedOn: string; designatedOn: string }>()({
  code: "practice.pilot-before-designation",
  invariant: true,
  rule: {
    nl: "Een pilot start niet vóór het besluit van de Stuurgroep dat een pilotgemeente aanwees.",
    en: "A pilot does not start before the Stuurgroep's decision that designated a pilot municipality.",
  },
  explain: (f) => ({
    nl: `De pilot van ${f.practice} op ${f.startedOn} ligt vóór de eerste aanwijzing op ${f.designatedOn}.`,
    en: `The pilot of ${f.practice} on ${f.startedOn} is before the first designation on ${f.designatedOn}.`,
  }),
})
