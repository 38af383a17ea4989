import { defineRule } from "../../kernel/Refusal.js"

/**
 * A designated pilot municipality's pilot starts on or after the Stuurgroep's decision that
 * designated it.
 * @category tracks
 */
export const trackPilotBeforeDesignation = defineRule<{ municipality: string; date: string; designatedOn: string }>()({
  code: "track.pilot-before-designation",
  invariant: true,
  rule: {
    nl: "Een aangewezen pilotgemeente start haar pilot niet vóór het besluit van de Stuurgroep dat haar aanwees.",
    en: "A designated pilot municipality does not start its pilot before the Stuurgroep's decision that designated it.",
  },
  explain: (f) => ({
    nl: `De pilot in ${f.municipality} op ${f.date} ligt vóór de aanwijzing op ${f.designatedOn}.`,
    en: `The pilot in ${f.municipality} on ${f.date} is before its designation on ${f.designatedOn}.`,
  }),
})
