import { defineRule } from "../../kernel/Refusal.js"

export const notPresent = defineRule<{ person: string; meeting: string }>()({
  code: "meeting.not-present",
  invariant: true,
  rule: {
    nl: "Alleen wie aanwezig is (een lid of zijn vervanger) stemt of meldt een belangenconflict.",
    en: "Only those present (a member or their substitute) vote or declare a conflict of interest.",
  },
  explain: (f) => ({
    nl: `${f.person} is niet als aanwezig vastgelegd in vergadering ${f.meeting}.`,
    en: `${f.person} is not recorded as present at meeting ${f.meeting}.`,
  }),
})

export const recordDiffers = defineRule<{ field: string; meeting: string }>()({
  code: "meeting.record-differs",
  invariant: true,
  rule: {
    nl: "Een besluit in een vergadering of schriftelijke ronde draagt de aanwezigheid, vervanging, belangenconflicten en stemmen zoals die daar zijn vastgelegd.",
    en: "A decision taken in a meeting or written round carries the attendance, substitutes, recusals and votes as recorded there.",
  },
  explain: (f) => ({
    nl: `${f.field} van het besluit wijkt af van wat in ${f.meeting} is vastgelegd.`,
    en: `The decision's ${f.field} differs from what ${f.meeting} recorded.`,
  }),
})
