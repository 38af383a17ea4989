import { defineRule } from "../kernel/Refusal.js"

/** The rules of adopting a version of the governance model (the rule book). @category governance */
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
  requiresDecision: defineRule<{ changed: ReadonlyArray<string> }>()({
    code: "model.requires-decision",
    invariant: true,
    rule: {
      nl: "Het regelboek verandert alleen door een besluit van het bestuurlijke orgaan over het programmaplan of een programmabijstelling; lidmaatschappen wijzigt wie namens het orgaan handelt.",
      en: "The rule book changes only by a decision of the bestuurlijk body on the programme plan or a plan adjustment; memberships are changed by a person acting for the body.",
    },
    explain: (f) => ({
      nl: `Deze versie wijzigt ${f.changed.join(", ")}: daarvoor is een besluit van het DVO over het programmaplan of een programmabijstelling nodig.`,
      en: `This version changes ${f.changed.join(", ")}: that needs the DVO's decision on the programme plan or a plan adjustment.`,
    }),
  }),
  mayNotChangeMemberships: defineRule<{ person: string; body: string }>()({
    code: "model.may-not-change-memberships",
    invariant: true,
    rule: {
      nl: "De lidmaatschappen van een orgaan wijzigt wie namens dat orgaan handelt.",
      en: "A body's memberships are changed by a person acting for that body.",
    },
    explain: (f) => ({
      nl: `${f.person} handelt niet namens ${f.body} en kan de lidmaatschappen ervan niet wijzigen.`,
      en: `${f.person} does not act for ${f.body} and cannot change its memberships.`,
    }),
  }),
  decisionNotValid: defineRule<{ item: string; decision: string; why: string }>()({
    code: "model.decision-not-valid",
    invariant: true,
    rule: {
      nl: "Een versie van het regelboek beroept zich op een definitief, niet ingetrokken instemmingsbesluit van het bestuurlijke orgaan over een programmaplan of programmabijstelling.",
      en: "A version of the rule book cites a final, unrevoked approving decision of the bestuurlijk body on a programme plan or plan adjustment.",
    },
    explain: (f) => ({
      nl: `Besluit ${f.decision} over ${f.item} kan deze versie niet vaststellen: ${f.why}.`,
      en: `Decision ${f.decision} on ${f.item} cannot adopt this version: ${f.why}.`,
    }),
  }),
  notWhatWasDecided: defineRule<{ item: string; proposed: string; adopted: string }>()({
    code: "model.not-what-was-decided",
    invariant: true,
    rule: {
      nl: "Vastgesteld wordt precies het regelboek waarover het DVO besloot.",
      en: "What is adopted is exactly the rule book the DVO decided on.",
    },
    explain: (f) => ({
      nl: `${f.item} stelde regelboek ${f.proposed.slice(0, 12)} voor; deze versie is ${f.adopted.slice(0, 12)}.`,
      en: `${f.item} proposed rule book ${f.proposed.slice(0, 12)}; this version is ${f.adopted.slice(0, 12)}.`,
    }),
  }),
  decisionAlreadyCited: defineRule<{ decision: string; version: number }>()({
    code: "model.decision-already-cited",
    invariant: true,
    rule: {
      nl: "Een besluit stelt één versie van het regelboek vast.",
      en: "A decision adopts one version of the rule book.",
    },
    explain: (f) => ({
      nl: `Besluit ${f.decision} stelde al versie ${f.version} vast.`,
      en: `Decision ${f.decision} already adopted version ${f.version}.`,
    }),
  }),
  validFromTooEarly: defineRule<{ validFrom: string; earliest: string }>()({
    code: "model.valid-from-too-early",
    invariant: true,
    rule: {
      nl: "Een versie geldt niet eerder dan het besluit dat haar vaststelt, en niet vóór de versie die nu geldt.",
      en: "A version applies no earlier than the decision that adopts it, nor before the version in force.",
    },
    explain: (f) => ({
      nl: `Geldig vanaf ${f.validFrom} is te vroeg: op zijn vroegst ${f.earliest}.`,
      en: `Valid from ${f.validFrom} is too early: ${f.earliest} at the earliest.`,
    }),
  }),
  planNotDecided: defineRule<{ date: string }>()({
    code: "model.plan-not-decided",
    invariant: true,
    rule: {
      nl: "Tot het DVO over het programmaplan heeft besloten, loopt alleen de route van het programmaplan.",
      en: "Until the DVO has decided on the programme plan, only the programme plan's route runs.",
    },
    explain: (f) => ({
      nl: `Op ${f.date} geldt het bestuursmodel nog als concept: het DVO heeft nog niet over het programmaplan besloten.`,
      en: `On ${f.date} the governance model is still a concept: the DVO has not decided on the programme plan yet.`,
    }),
  }),
}
