import { defineRule } from "../../kernel/Refusal.js"

/** A track's move is not dated before the move that brought it to the phase it leaves. @category tracks */
export const trackBeforePreviousMove = defineRule<{ date: string; phase: string; reachedOn: string }>()({
  code: "track.before-previous-move",
  invariant: true,
  rule: {
    nl: "Een spoor verlaat een fase niet vóór de datum waarop het die fase bereikte.",
    en: "A track does not leave a phase before the date on which it reached it.",
  },
  explain: (f) => ({
    nl: `De datum ${f.date} ligt vóór ${f.reachedOn}, toen het spoor fase ${f.phase} bereikte.`,
    en: `The date ${f.date} is before ${f.reachedOn}, when the track reached phase ${f.phase}.`,
  }),
})
