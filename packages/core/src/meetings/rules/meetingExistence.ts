import { defineRule } from "../../kernel/Refusal.js"

export const meetingNotFound = defineRule<{ meeting: string }>()({
  code: "meeting.not-found",
  rule: { nl: "Een handeling betreft een geplande vergadering.", en: "An act concerns a planned meeting." },
  explain: (f) => ({ nl: `Vergadering ${f.meeting} bestaat niet.`, en: `Meeting ${f.meeting} does not exist.` }),
})

export const meetingExists = defineRule<{ meeting: string }>()({
  code: "meeting.already-exists",
  rule: { nl: "Elke vergadering heeft een eigen kenmerk.", en: "Every meeting has an identifier of its own." },
  explain: (f) => ({ nl: `Vergadering ${f.meeting} bestaat al.`, en: `Meeting ${f.meeting} already exists.` }),
})

export const unknownBody = defineRule<{ body: string }>()({
  code: "meeting.unknown-body",
  rule: {
    nl: "Een vergadering is van een orgaan uit het bestuursmodel.",
    en: "A meeting is one of a body of the governance model.",
  },
  explain: (f) => ({ nl: `Orgaan ${f.body} bestaat niet.`, en: `Body ${f.body} does not exist.` }),
})
