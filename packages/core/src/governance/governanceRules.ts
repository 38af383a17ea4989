import { defineRule } from "../kernel/Refusal.js"

/** The rules of adopting a governance model. @category governance */
export const governanceRules = {
  mayNotAdopt: defineRule<{ person: string }>()({
    code: "governance.may-not-adopt",
    invariant: true,
    rule: {
      nl: "Een nieuw bestuursmodel wordt vastgesteld door wie namens het bestuurlijke of het besturingsorgaan handelt.",
      en: "A new governance model is adopted by a person acting for the bestuurlijk or besturing body.",
    },
    explain: (f) => ({
      nl: `${f.person} handelt niet namens het DVO of de Stuurgroep en kan het bestuursmodel niet wijzigen.`,
      en: `${f.person} does not act for the governing bodies and cannot change the governance model.`,
    }),
  }),
}
