import { defineRule } from "../kernel/Refusal.js"

/**
 * The rules of the Best Practice catalogue, each with a stable code and its text in Dutch and
 * English.
 * @category practices
 */
export const practiceRules = {
  notFound: defineRule<{ practice: string }>()({
    code: "practice.not-found",
    rule: {
      nl: "Een handeling betreft een Best Practice uit de catalogus.",
      en: "An action concerns a catalogued Best Practice.",
    },
    explain: (f) => ({
      nl: `Best Practice ${f.practice} bestaat niet.`,
      en: `Best Practice ${f.practice} does not exist.`,
    }),
  }),
  exists: defineRule<{ practice: string }>()({
    code: "practice.already-exists",
    rule: {
      nl: "Elke Best Practice heeft een eigen kenmerk.",
      en: "Every Best Practice has an identifier of its own.",
    },
    explain: (f) => ({
      nl: `Best Practice ${f.practice} bestaat al.`,
      en: `Best Practice ${f.practice} already exists.`,
    }),
  }),
  unknownTheme: defineRule<{ theme: string; themes: ReadonlyArray<string> }>()({
    code: "practice.unknown-theme",
    rule: {
      nl: "Een Best Practice hoort bij een thema dat het bestuursmodel kent.",
      en: "A Best Practice belongs to a theme the governance model defines.",
    },
    explain: (f) => ({
      nl: `Het bestuursmodel kent geen thema ${f.theme}; wel: ${f.themes.join(", ")}.`,
      en: `The governance model has no theme ${f.theme}; it has: ${f.themes.join(", ")}.`,
    }),
  }),
  noExpertGroup: defineRule<{ theme: string }>()({
    code: "practice.no-expert-group",
    rule: {
      nl: "Elke Best Practice hoort bij het thema van een expertgroep.",
      en: "Every Best Practice belongs to the theme of an expert group.",
    },
    explain: (f) => ({
      nl: `Het bestuursmodel kent geen expertgroep voor thema ${f.theme}.`,
      en: `The governance model has no expert group for theme ${f.theme}.`,
    }),
  }),
  notExpertGroupMember: defineRule<{ person: string; body: string; date: string }>()({
    code: "practice.not-expert-group-member",
    invariant: true,
    rule: {
      nl: "Alleen leden van de expertgroep van het thema inventariseren, documenteren en evalueren Best Practices.",
      en: "Only members of the theme's expert group inventory, document and evaluate Best Practices.",
    },
    explain: (f) => ({
      nl: `${f.person} is op ${f.date} geen lid van ${f.body}.`,
      en: `${f.person} is not a member of ${f.body} on ${f.date}.`,
    }),
  }),
  wrongStatus: defineRule<{ practice: string; status: string; action: string; allowed: ReadonlyArray<string> }>()({
    code: "practice.wrong-status",
    rule: {
      nl: "Een Best Practice doorloopt haar levenscyclus in vaste volgorde.",
      en: "A Best Practice moves through its lifecycle in a fixed order.",
    },
    explain: (f) => ({
      nl: `${f.practice} heeft status ${f.status}; '${f.action}' kan alleen bij status ${f.allowed.join(", ")}.`,
      en: `${f.practice} has status ${f.status}; '${f.action}' is possible only with status ${f.allowed.join(", ")}.`,
    }),
  }),
  notAMunicipality: defineRule<{ organisation: string }>()({
    code: "practice.not-a-municipality",
    rule: {
      nl: "Een pilotgemeente is een gemeente uit het bestuursmodel.",
      en: "A pilot municipality is a municipality of the governance model.",
    },
    explain: (f) => ({
      nl: `${f.organisation} is geen gemeente in het bestuursmodel.`,
      en: `${f.organisation} is not a municipality in the governance model.`,
    }),
  }),
  alreadyDesignated: defineRule<{ practice: string; municipality: string }>()({
    code: "practice.already-designated",
    rule: {
      nl: "Een gemeente wordt één keer als pilotgemeente aangewezen.",
      en: "A municipality is designated as pilot municipality once.",
    },
    explain: (f) => ({
      nl: `${f.municipality} is al pilotgemeente voor ${f.practice}.`,
      en: `${f.municipality} is already a pilot municipality for ${f.practice}.`,
    }),
  }),
  noPilotMunicipality: defineRule<{ practice: string }>()({
    code: "practice.no-pilot-municipality",
    rule: {
      nl: "Een pilot vindt plaats in pilotgemeenten die de Stuurgroep aanwees.",
      en: "A pilot takes place in pilot municipalities the Stuurgroep designated.",
    },
    explain: (f) => ({
      nl: `De Stuurgroep wees nog geen pilotgemeente aan voor ${f.practice}.`,
      en: `The Stuurgroep has designated no pilot municipality for ${f.practice} yet.`,
    }),
  }),
  evaluationExists: defineRule<{ evaluation: string }>()({
    code: "practice.evaluation-exists",
    rule: { nl: "Elke evaluatie heeft een eigen kenmerk.", en: "Every evaluation has an identifier of its own." },
    explain: (f) => ({ nl: `Evaluatie ${f.evaluation} bestaat al.`, en: `Evaluation ${f.evaluation} already exists.` }),
  }),
  dateInFuture: defineRule<{ date: string; today: string }>()({
    code: "practice.date-in-future",
    rule: {
      nl: "Wat is vastgelegd, is gebeurd: de datum ligt niet in de toekomst.",
      en: "What is recorded has happened: its date is not in the future.",
    },
    explain: (f) => ({
      nl: `De datum ${f.date} ligt na vandaag (${f.today}).`,
      en: `The date ${f.date} is after today (${f.today}).`,
    }),
  }),
  notProposable: defineRule<{ practice: string; status: string; item: string }>()({
    code: "practice.not-proposable",
    rule: {
      nl: "Een beleidsvoorstel bevat alleen Best Practices die geïnventariseerd of beproefd zijn en in geen ander voorstel staan.",
      en: "A policy proposal contains only Best Practices that are inventoried or tried and in no other proposal.",
    },
    explain: (f) => ({
      nl: `${f.practice} heeft status ${f.status} en kan niet in voorstel ${f.item} worden ingediend.`,
      en: `${f.practice} has status ${f.status} and cannot be submitted in proposal ${f.item}.`,
    }),
  }),
  handoverWithoutPractices: defineRule<{ item: string }>()({
    code: "handover.no-practices",
    rule: {
      nl: "Een overdracht noemt de Best Practices die worden overgedragen.",
      en: "A handover lists the Best Practices it hands over.",
    },
    explain: (f) => ({
      nl: `Overdracht ${f.item} noemt geen Best Practices.`,
      en: `Handover ${f.item} lists no Best Practices.`,
    }),
  }),
  handoverPracticeUnknown: defineRule<{ practice: string }>()({
    code: "handover.practice-unknown",
    rule: {
      nl: "Een overdracht noemt alleen Best Practices uit de catalogus.",
      en: "A handover lists only catalogued Best Practices.",
    },
    explain: (f) => ({
      nl: `Best Practice ${f.practice} staat niet in de catalogus.`,
      en: `Best Practice ${f.practice} is not in the catalogue.`,
    }),
  }),
  notEvaluated: defineRule<{ practice: string; status: string }>()({
    code: "handover.not-evaluated",
    rule: {
      nl: "Een Best Practice wordt als concept overgedragen na evaluatie van (en wellicht al tijdens) de uitvoering.",
      en: "A Best Practice is handed over as concept after the evaluation of (and perhaps already during) its execution.",
    },
    explain: (f) => ({
      nl: `${f.practice} heeft status ${f.status}, niet in uitvoering of geëvalueerd.`,
      en: `${f.practice} has status ${f.status}, not in execution or evaluated.`,
    }),
  }),
  notDocumented: defineRule<{ practice: string }>()({
    code: "handover.not-documented",
    rule: {
      nl: "Een overgedragen Best Practice is gedocumenteerd, zodat een andere organisatie haar kan overnemen.",
      en: "A handed-over Best Practice is documented, so another organisation can adopt it.",
    },
    explain: (f) => ({
      nl: `${f.practice} is niet gedocumenteerd.`,
      en: `${f.practice} is not documented.`,
    }),
  }),
  evidenceBelowMinimum: defineRule<{ practice: string; highest: string; minimum: string }>()({
    code: "handover.evidence-below-minimum",
    asksReason: true,
    rule: {
      nl: "Een overgedragen Best Practice heeft een evaluatie op ten minste het ingestelde bewijsniveau; wie eerder overdraagt, legt uit waarom.",
      en: "A handed-over Best Practice has an evaluation at the configured evidence level at least; who hands over earlier explains why.",
    },
    explain: (f) => ({
      nl: `${f.practice} haalt bewijsniveau ${f.highest}; vereist is ${f.minimum}.`,
      en: `${f.practice} reaches evidence level ${f.highest}; ${f.minimum} is required.`,
    }),
  }),
}
