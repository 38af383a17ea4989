import { defineRule } from "../../kernel/Refusal.js"

export const pointNotFound = defineRule<{ meeting: string; point: number }>()({
  code: "meeting.point-not-found",
  rule: {
    nl: "Een besluit, stem of belangenconflict betreft een punt van de agenda.",
    en: "A decision, vote or conflict of interest concerns a point of the agenda.",
  },
  explain: (f) => ({
    nl: `Vergadering ${f.meeting} heeft geen agendapunt ${f.point}.`,
    en: `Meeting ${f.meeting} has no agenda point ${f.point}.`,
  }),
})

export const pointDecided = defineRule<{ meeting: string; point: number; decision: string }>()({
  code: "meeting.point-decided",
  invariant: true,
  rule: {
    nl: "Over een agendapunt wordt één keer besloten; een correctie is een nieuw besluit.",
    en: "An agenda point is decided once; a correction is a new decision.",
  },
  explain: (f) => ({
    nl: `Over agendapunt ${f.point} van ${f.meeting} is al besloten (${f.decision}).`,
    en: `Agenda point ${f.point} of ${f.meeting} was decided already (${f.decision}).`,
  }),
})

export const pointSubjectDiffers = defineRule<{ meeting: string; point: number; expected: string; actual: string }>()({
  code: "meeting.point-subject-differs",
  invariant: true,
  rule: {
    nl: "Een besluit wordt genomen bij het agendapunt dat erover gaat.",
    en: "A decision is taken at the agenda point about it.",
  },
  explain: (f) => ({
    nl: `Agendapunt ${f.point} van ${f.meeting} gaat over ${f.actual}, niet over ${f.expected}.`,
    en: `Agenda point ${f.point} of ${f.meeting} is about ${f.actual}, not ${f.expected}.`,
  }),
})
