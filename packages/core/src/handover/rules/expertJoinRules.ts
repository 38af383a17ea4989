import { defineRule } from "../../kernel/Refusal.js"

/**
 * The rules of an expert's joining the network's expert group from a handover package, each with a
 * stable code and its text in Dutch and English.
 * @category handover
 */
export const expertJoinRules = {
  notInPackage: defineRule<{ person: string; handover: string }>()({
    code: "handover.expert-not-in-package",
    rule: {
      nl: "Wie met zijn geschiedenis toetreedt, was lid van een expertgroep van het programma dat het pakket opmaakte.",
      en: "Who joins with their history was a member of an expert group of the programme that made the package.",
    },
    explain: (f) => ({
      nl: `${f.person} staat niet bij de leden van de expertgroepen in pakket ${f.handover}.`,
      en: `${f.person} is not among the expert group members in package ${f.handover}.`,
    }),
  }),
  notAnExpertGroup: defineRule<{ body: string }>()({
    code: "handover.join-not-expert-group",
    rule: {
      nl: "Leden van de expertgroepen van het programma treden toe tot een expertgroep (beleid) van het netwerk.",
      en: "Members of the programme's expert groups join an expert group (beleid) of the network.",
    },
    explain: (f) => ({
      nl: `${f.body} is geen expertgroep van dit bestuursmodel.`,
      en: `${f.body} is not an expert group of this governance model.`,
    }),
  }),
  organisationUnknown: defineRule<{ person: string; organisation: string }>()({
    code: "handover.expert-organisation-unknown",
    rule: {
      nl: "Wie toetreedt, hoort bij een organisatie die het bestuursmodel van het netwerk kent.",
      en: "Who joins belongs to an organisation the network's governance model knows.",
    },
    explain: (f) => ({
      nl: `${f.person} hoort bij ${f.organisation}, die het bestuursmodel niet kent; neem de organisatie eerst op in het model.`,
      en: `${f.person} belongs to ${f.organisation}, which the governance model does not know; add the organisation to the model first.`,
    }),
  }),
  alreadyMember: defineRule<{ person: string; body: string; date: string }>()({
    code: "handover.expert-already-member",
    rule: {
      nl: "Iemand treedt toe tot een expertgroep waarvan hij op die datum nog geen lid is.",
      en: "A person joins an expert group they are not yet a member of on that date.",
    },
    explain: (f) => ({
      nl: `${f.person} is op ${f.date} al lid van ${f.body}.`,
      en: `${f.person} is already a member of ${f.body} on ${f.date}.`,
    }),
  }),
  modelInvalid: defineRule<{ person: string; problems: string }>()({
    code: "handover.join-model-invalid",
    rule: {
      nl: "Na het toetreden is het bestuursmodel nog geldig.",
      en: "After the joining the governance model is still valid.",
    },
    explain: (f) => ({
      nl: `Met ${f.person} erbij is het bestuursmodel ongeldig: ${f.problems}`,
      en: `With ${f.person} added the governance model is invalid: ${f.problems}`,
    }),
  }),
}
