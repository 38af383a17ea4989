import { formatEuro as euro } from "../kernel/Money.js"
import { defineRule } from "../kernel/Refusal.js"

const list = (items: ReadonlyArray<string>) => (items.length === 0 ? "—" : items.join(", "))

/**
 * The checks of the randvoorwaarden, each with a stable code, what it checks and how its facts
 * read — in Dutch and English. A check gives a finding with a signal; only refusals use rules to refuse.
 * @category health
 */
export const healthChecks = {
  trekker: defineRule<{ body: string; trekkers: ReadonlyArray<string>; date: string }>()({
    code: "health.staffing.trekker",
    rule: {
      nl: "Elke expertgroep heeft een trekker (voorzitter en aanjager).",
      en: "Every expert group has a trekker (chair and driver).",
    },
    explain: (f) => ({
      nl: `${f.body} heeft op ${f.date} als trekker: ${list(f.trekkers)}.`,
      en: `${f.body} has as trekker on ${f.date}: ${list(f.trekkers)}.`,
    }),
  }),
  composition: defineRule<{
    body: string
    members: number
    organisations: number
    minimumMembers: number
    minimumOrganisations: number
  }>()({
    code: "health.staffing.composition",
    rule: {
      nl: "Een expertgroep heeft voldoende leden uit meerdere organisaties: een mix van deskundigheden en achtergronden.",
      en: "An expert group has enough members from several organisations: a mix of expertise and backgrounds.",
    },
    explain: (f) => ({
      nl: `${f.body}: ${f.members} leden uit ${f.organisations} organisaties (minimaal ${f.minimumMembers} uit ${f.minimumOrganisations}).`,
      en: `${f.body}: ${f.members} members from ${f.organisations} organisations (at least ${f.minimumMembers} from ${f.minimumOrganisations}).`,
    }),
  }),
  vacancy: defineRule<{ body: string; role: string; vacantSince: string; days: number; leftBy: string }>()({
    code: "health.staffing.vacancy",
    rule: {
      nl: "Een vrijgekomen zetel in een expertgroep wordt snel weer bezet (continuïteit).",
      en: "A seat that falls vacant in an expert group is soon filled again (continuity).",
    },
    explain: (f) => ({
      nl: `${f.body}: de zetel (${f.role}) van ${f.leftBy} is sinds ${f.vacantSince} vacant, ${f.days} dagen.`,
      en: `${f.body}: the seat (${f.role}) of ${f.leftBy} is vacant since ${f.vacantSince}, ${f.days} days.`,
    }),
  }),
  turnover: defineRule<{ body: string; left: number; persons: ReadonlyArray<string>; since: string }>()({
    code: "health.staffing.turnover",
    rule: {
      nl: "Het verloop in een expertgroep blijft beperkt (continuïteit).",
      en: "Turnover in an expert group stays limited (continuity).",
    },
    explain: (f) => ({
      nl: `${f.body}: ${f.left} leden vertrokken sinds ${f.since} (${list(f.persons)}).`,
      en: `${f.body}: ${f.left} members left since ${f.since} (${list(f.persons)}).`,
    }),
  }),
  tracksStarted: defineRule<{
    item: string
    practice: string
    accordedOn: string
    days: number
    notStarted: ReadonlyArray<string>
  }>()({
    code: "health.commitment.tracks-started",
    rule: {
      nl: "Elke gemeente pakt een geaccordeerde maatregel op (indien relevant); het tempo is vrij, maar niet eindeloos.",
      en: "Every municipality takes up an accorded measure (if relevant); tempo is free, but not endless.",
    },
    explain: (f) => ({
      nl: `Maatregel ${f.practice} (${f.item}), geaccordeerd op ${f.accordedOn}, ${f.days} dagen geleden: niet gestart in ${list(f.notStarted)}.`,
      en: `Measure ${f.practice} (${f.item}), accorded on ${f.accordedOn}, ${f.days} days ago: not started in ${list(f.notStarted)}.`,
    }),
  }),
  networkTracksStarted: defineRule<{
    practice: string
    agreement: string
    agreedOn: string
    days: number
    notStarted: ReadonlyArray<string>
  }>()({
    code: "health.commitment.network-tracks-started",
    rule: {
      nl: "Elke gemeente voert de afspraken van het netwerk uit (indien relevant), naast de eigen Best Practices.",
      en: "Every municipality executes the network's agreements (if relevant), beside the programme's own Best Practices.",
    },
    explain: (f) => ({
      nl: `Netwerkafspraak ${f.agreement} (${f.practice}), gemaakt op ${f.agreedOn}, ${f.days} dagen geleden: niet gestart in ${list(f.notStarted)}.`,
      en: `Network agreement ${f.agreement} (${f.practice}), made on ${f.agreedOn}, ${f.days} days ago: not started in ${list(f.notStarted)}.`,
    }),
  }),
  partsConfirmed: defineRule<{
    item: string
    accordedOn: string
    days: number
    unconfirmed: ReadonlyArray<string>
    confirmed: ReadonlyArray<string>
    /** The names of the unconfirmed and the confirmed partners, as the explanation reads them. */
    unconfirmedNames?: ReadonlyArray<string>
    confirmedNames?: ReadonlyArray<string>
  }>()({
    code: "health.commitment.parts-confirmed",
    rule: {
      nl: "De uitvoeringsorganisaties bevestigen hun deel van een in het DVO afgesproken voorstel.",
      en: "The executing organisations confirm their part of a proposal agreed in the DVO.",
    },
    explain: (f) => ({
      nl: `Voorstel ${f.item}, geaccordeerd op ${f.accordedOn} (${f.days} dagen geleden): nog niet bevestigd door ${list(f.unconfirmedNames ?? f.unconfirmed)}; bevestigd door ${list(f.confirmedNames ?? f.confirmed)}.`,
      en: `Proposal ${f.item}, accorded on ${f.accordedOn} (${f.days} days ago): not yet confirmed by ${list(f.unconfirmedNames ?? f.unconfirmed)}; confirmed by ${list(f.confirmedNames ?? f.confirmed)}.`,
    }),
  }),
  budgetPosition: defineRule<{ available: number; accorded: number; spent: number; percentAccorded: number }>()({
    code: "health.budget.position",
    rule: {
      nl: "Er is budget beschikbaar voor de uitvoering van het programma.",
      en: "Budget is available for the programme's execution.",
    },
    explain: (f) => ({
      nl: `Beschikbaar ${euro(f.available)}, geaccordeerd ${euro(f.accorded)} (${f.percentAccorded}%), besteed ${euro(f.spent)}.`,
      en: `Available ${euro(f.available)}, accorded ${euro(f.accorded)} (${f.percentAccorded}%), spent ${euro(f.spent)}.`,
    }),
  }),
  researchBudget: defineRule<{ category: string; accorded: number }>()({
    code: "health.budget.research",
    rule: {
      nl: "Er is budget voor (wetenschappelijk) onderzoek naar de effecten van het programma.",
      en: "There is budget for (scientific) research into the programme's effects.",
    },
    explain: (f) => ({
      nl: `Geaccordeerd voor ${f.category}: ${euro(f.accorded)}.`,
      en: `Accorded for ${f.category}: ${euro(f.accorded)}.`,
    }),
  }),
  supportBudget: defineRule<{ categories: ReadonlyArray<string>; accorded: number }>()({
    code: "health.budget.support",
    rule: {
      nl: "Er is budget voor ondersteuning van de uitvoering: een digitaal platform en communicatie.",
      en: "There is budget to support execution: a digital platform and communication.",
    },
    explain: (f) => ({
      nl: `Geaccordeerd voor ${list(f.categories)}: ${euro(f.accorded)}.`,
      en: `Accorded for ${list(f.categories)}: ${euro(f.accorded)}.`,
    }),
  }),
}
