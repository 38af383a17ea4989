import { defineRule } from "../../kernel/Refusal.js"

/** A partner's confirmation of its part is recorded once given: its date is not in the future. @category health */
export const confirmationInFuture = defineRule<{ confirmedOn: string; today: string }>()({
  code: "execution.confirmed-in-future",
  rule: {
    nl: "Een bevestiging wordt vastgelegd op de dag zelf of later.",
    en: "A confirmation is recorded on the day itself or later.",
  },
  explain: (f) => ({
    nl: `De bevestiging op ${f.confirmedOn} ligt na vandaag (${f.today}).`,
    en: `The confirmation on ${f.confirmedOn} is after today (${f.today}).`,
  }),
})
