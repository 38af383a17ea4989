import { defineRule } from "../../kernel/Refusal.js"

/**
 * An overdracht hands over the programme's own Best Practices, never an agreement that came from
 * the network: the hennepconvenant comes from VNON; it is not handed back.
 * @category practices
 */
export const networkAgreementHandedOver = defineRule<{ practice: string; agreement: string }>()({
  code: "handover.network-agreement",
  rule: {
    nl: "Een overdracht draagt Best Practices van het programma over, geen afspraken die van het netwerk komen.",
    en: "A handover hands over the programme's own Best Practices, not agreements that came from the network.",
  },
  explain: (f) => ({
    nl: `${f.practice} is een netwerkafspraak (${f.agreement}): die komt van het netwerk en gaat er niet naar terug.`,
    en: `${f.practice} is a network agreement (${f.agreement}): it came from the network and does not go back to it.`,
  }),
})
