import { defineRule } from "../kernel/Refusal.js"

/** The rules of the handover and of ending the programme, in Dutch and English. @category handover */
export const handoverRules = {
  notAHandover: defineRule<{ item: string; kind: string }>()({
    code: "handover.not-a-handover",
    rule: {
      nl: "Een overdrachtspakket volgt uit een besluit tot overdracht.",
      en: "A handover package follows from a decision to hand over.",
    },
    explain: (f) => ({
      nl: `Stuk ${f.item} is een ${f.kind}, geen overdracht.`,
      en: `Item ${f.item} is a ${f.kind}, not a handover.`,
    }),
  }),
  notDecided: defineRule<{ item: string; status: string }>()({
    code: "handover.not-decided",
    rule: {
      nl: "Een overdrachtspakket wordt opgemaakt nadat de Stuurgroep tot overdracht besloot.",
      en: "A handover package is made after the Stuurgroep decided to hand over.",
    },
    explain: (f) => ({
      nl: `Overdracht ${f.item} heeft status ${f.status}; er is (nog) geen besluit tot overdracht.`,
      en: `Handover ${f.item} has status ${f.status}; there is no decision to hand over (yet).`,
    }),
  }),
  practiceNotHandedOver: defineRule<{ practice: string; status: string }>()({
    code: "handover.practice-not-handed-over",
    rule: {
      nl: "Een overdrachtspakket bevat de Best Practices die met dit besluit zijn overgedragen.",
      en: "A handover package holds the Best Practices handed over by this decision.",
    },
    explain: (f) => ({
      nl: `${f.practice} heeft status ${f.status} en is niet met dit besluit overgedragen.`,
      en: `${f.practice} has status ${f.status} and was not handed over by this decision.`,
    }),
  }),
  packageExists: defineRule<{ item: string }>()({
    code: "handover.package-exists",
    rule: {
      nl: "Per besluit tot overdracht wordt één pakket opgemaakt.",
      en: "One package is made per decision to hand over.",
    },
    explain: (f) => ({
      nl: `Voor overdracht ${f.item} is al een pakket opgemaakt.`,
      en: `A package was made for handover ${f.item} already.`,
    }),
  }),
  alreadyImported: defineRule<{ handover: string }>()({
    code: "handover.already-imported",
    rule: { nl: "Een overdrachtspakket wordt één keer ingelezen.", en: "A handover package is imported once." },
    explain: (f) => ({
      nl: `Overdracht ${f.handover} is al ingelezen.`,
      en: `Handover ${f.handover} was imported already.`,
    }),
  }),
  practiceExists: defineRule<{ practice: string }>()({
    code: "handover.practice-exists",
    rule: {
      nl: "Een overgedragen Best Practice krijgt een kenmerk dat in de ontvangende catalogus nog vrij is.",
      en: "A handed-over Best Practice takes an identifier still free in the receiving catalogue.",
    },
    explain: (f) => ({
      nl: `Best Practice ${f.practice} staat al in de catalogus.`,
      en: `Best Practice ${f.practice} is in the catalogue already.`,
    }),
  }),
  noReceivingBody: defineRule<{ person: string }>()({
    code: "handover.no-receiving-body",
    invariant: true,
    rule: {
      nl: "Een overdracht wordt ontvangen door het orgaan dat volgens de overdrachtsroute opstelt, via een van zijn leden.",
      en: "A handover is received by the body the handover route names as drafter, through one of its members.",
    },
    explain: (f) => ({
      nl: `${f.person} is geen lid van een orgaan dat overdrachten ontvangt.`,
      en: `${f.person} is not a member of a body that receives handovers.`,
    }),
  }),
  themeNotHandedOver: defineRule<{ theme: string }>()({
    code: "programme.theme-not-handed-over",
    asksReason: true,
    rule: {
      nl: "Het programma eindigt als van elk thema ten minste één Best Practice is overgedragen.",
      en: "The programme ends when at least one Best Practice of every theme was handed over.",
    },
    explain: (f) => ({
      nl: `Van thema ${f.theme} is nog geen Best Practice overgedragen.`,
      en: `No Best Practice of theme ${f.theme} was handed over yet.`,
    }),
  }),
  itemOnRoute: defineRule<{ item: string; kind: string; status: string }>()({
    code: "programme.item-on-route",
    asksReason: true,
    rule: {
      nl: "Het programma eindigt als geen stuk meer onderweg is op zijn route.",
      en: "The programme ends when no item is still on its route.",
    },
    explain: (f) => ({
      nl: `${f.kind} ${f.item} is nog onderweg (status ${f.status}).`,
      en: `${f.kind} ${f.item} is still on its route (status ${f.status}).`,
    }),
  }),
  programmeEnded: defineRule<{ decision: string }>()({
    code: "programme.already-ended",
    invariant: true,
    rule: { nl: "Een programma eindigt één keer.", en: "A programme ends once." },
    explain: (f) => ({
      nl: `Het programma is al beëindigd (besluit ${f.decision}).`,
      en: `The programme has ended already (decision ${f.decision}).`,
    }),
  }),
}
