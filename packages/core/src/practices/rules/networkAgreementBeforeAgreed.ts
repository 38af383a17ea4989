import { defineRule } from "../../kernel/Refusal.js"

/** The DVO takes note of a network agreement not before the network made it. @category practices */
export const networkAgreementBeforeAgreed = defineRule<{ agreement: string; meetingDate: string; agreedOn: string }>()({
  code: "practice.network-agreement-before-agreed",
  invariant: true,
  rule: {
    nl: "Het DVO neemt kennis van een netwerkafspraak niet vóór het netwerk haar maakte.",
    en: "The DVO takes note of a network agreement not before the network made it.",
  },
  explain: (f) => ({
    nl: `${f.agreement} is gemaakt op ${f.agreedOn}; het DVO kan er niet op ${f.meetingDate} al kennis van nemen.`,
    en: `${f.agreement} was made on ${f.agreedOn}; the DVO cannot take note of it on ${f.meetingDate}.`,
  }),
})
