import { defineRule } from "../../kernel/Refusal.js"

/**
 * A pilot proposal names Best Practices of the catalogue that are candidates (`kandidaat`): a pilot
 * precedes the roll-out.
 * @category practices
 */
export const pilotPracticeNotCandidate = defineRule<{ item: string; practice: string; status: string }>()({
  code: "practice.pilot-not-candidate",
  invariant: true,
  rule: {
    nl: "Een pilotvoorstel noemt Best Practices uit de catalogus die kandidaat zijn.",
    en: "A pilot proposal names catalogued Best Practices that are candidates.",
  },
  explain: (f) =>
    f.practice === ""
      ? {
          nl: `Pilotvoorstel ${f.item} noemt geen Best Practice.`,
          en: `Pilot proposal ${f.item} names no Best Practice.`,
        }
      : {
          nl: `${f.practice} in pilotvoorstel ${f.item} heeft status ${f.status}, geen kandidaat.`,
          en: `${f.practice} in pilot proposal ${f.item} has status ${f.status}, not a candidate.`,
        },
})
