import { defineRule } from "../../kernel/Refusal.js"

export const meetingClosed = defineRule<{ meeting: string }>()({
  code: "meeting.closed",
  rule: {
    nl: "Na het sluiten van een vergadering wordt niets meer aan haar toegevoegd; een correctie is een nieuw besluit.",
    en: "Nothing is added to a meeting after it was closed; a correction is a new decision.",
  },
  explain: (f) => ({ nl: `Vergadering ${f.meeting} is gesloten.`, en: `Meeting ${f.meeting} is closed.` }),
})

export const minutesAdopted = defineRule<{ meeting: string; on: string }>()({
  code: "meeting.minutes-adopted",
  invariant: true,
  rule: {
    nl: "Een vastgestelde besluitenlijst en verslag zijn onveranderlijk; een correctie is een nieuw besluit.",
    en: "An adopted besluitenlijst and minutes are immutable; a correction is a new decision.",
  },
  explain: (f) => ({
    nl: `De besluitenlijst van vergadering ${f.meeting} is op ${f.on} vastgesteld.`,
    en: `The besluitenlijst of meeting ${f.meeting} was adopted on ${f.on}.`,
  }),
})

export const meetingNotClosed = defineRule<{ meeting: string }>()({
  code: "meeting.not-closed",
  rule: {
    nl: "De besluitenlijst van een vergadering wordt vastgesteld nadat zij is gesloten.",
    en: "A meeting's besluitenlijst is adopted after the meeting was closed.",
  },
  explain: (f) => ({
    nl: `Vergadering ${f.meeting} is nog niet gesloten.`,
    en: `Meeting ${f.meeting} has not been closed.`,
  }),
})

export const minutesAdoptedTooEarly = defineRule<{ meeting: string; adoptedOn: string; date: string }>()({
  code: "meeting.minutes-before-meeting",
  invariant: true,
  rule: {
    nl: "Een besluitenlijst wordt vastgesteld ná de vergadering waarvan zij is, in een latere vergadering of schriftelijke ronde.",
    en: "A besluitenlijst is adopted after its meeting, at a later meeting or by written round.",
  },
  explain: (f) => ({
    nl: `Vergadering ${f.meeting} was op ${f.date}; vaststellen op ${f.adoptedOn} kan niet.`,
    en: `Meeting ${f.meeting} was on ${f.date}; it cannot be adopted on ${f.adoptedOn}.`,
  }),
})
