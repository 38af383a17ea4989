import { defineRule } from "../kernel/Refusal.js"

/**
 * The rules of information products and access to them. No rule ever names a product's title or
 * content in its facts or explanation: a refusal identifies a product by its id only.
 * @category information
 */
export const informationRules = {
  productNotFound: defineRule<{ product: string }>()({
    code: "information.product-not-found",
    rule: {
      nl: "Een handeling betreft een geregistreerd informatieproduct.",
      en: "An action concerns a registered information product.",
    },
    explain: (f) => ({
      nl: `Informatieproduct ${f.product} is niet geregistreerd.`,
      en: `Information product ${f.product} is not registered.`,
    }),
  }),
  productExists: defineRule<{ product: string }>()({
    code: "information.product-exists",
    rule: {
      nl: "Elk informatieproduct heeft een eigen kenmerk.",
      en: "Every information product has an identifier of its own.",
    },
    explain: (f) => ({
      nl: `Informatieproduct ${f.product} bestaat al.`,
      en: `Information product ${f.product} already exists.`,
    }),
  }),
  unknownProducer: defineRule<{ producer: string }>()({
    code: "information.unknown-producer",
    rule: {
      nl: "De producent van een informatieproduct is een organisatie uit het bestuursmodel.",
      en: "The producer of an information product is an organisation of the governance model.",
    },
    explain: (f) => ({
      nl: `Organisatie ${f.producer} staat niet in het bestuursmodel.`,
      en: `Organisation ${f.producer} is not in the governance model.`,
    }),
  }),
  unknownMunicipality: defineRule<{ municipality: string }>()({
    code: "information.unknown-municipality",
    rule: {
      nl: "Een product over één gemeente noemt een gemeente uit het bestuursmodel.",
      en: "A product about one municipality names a gemeente of the governance model.",
    },
    explain: (f) => ({
      nl: `${f.municipality} is geen gemeente in het bestuursmodel.`,
      en: `${f.municipality} is not a gemeente in the governance model.`,
    }),
  }),
  notProducer: defineRule<{ person: string; producer: string; date: string }>()({
    code: "information.not-producer",
    invariant: true,
    rule: {
      nl: "Een informatieproduct wordt geregistreerd en opgeleverd door een medewerker van de producent, of namens de Stuurgroep.",
      en: "An information product is registered and delivered by a person of its producer, or on behalf of the Stuurgroep.",
    },
    explain: (f) => ({
      nl: `${f.person} werkt niet bij ${f.producer} en handelt op ${f.date} niet namens de Stuurgroep.`,
      en: `${f.person} does not work for ${f.producer} and does not act for the Stuurgroep on ${f.date}.`,
    }),
  }),
  alreadyDelivered: defineRule<{ product: string; deliveredOn: string }>()({
    code: "information.already-delivered",
    rule: { nl: "Een product wordt één keer opgeleverd.", en: "A product is delivered once." },
    explain: (f) => ({
      nl: `Informatieproduct ${f.product} is al opgeleverd op ${f.deliveredOn}.`,
      en: `Information product ${f.product} was delivered on ${f.deliveredOn} already.`,
    }),
  }),
  deliveredBeforeStart: defineRule<{ product: string; deliveredOn: string; startedOn: string }>()({
    code: "information.delivered-before-start",
    rule: { nl: "Een product wordt opgeleverd nadat het is gestart.", en: "A product is delivered after it started." },
    explain: (f) => ({
      nl: `Opleverdatum ${f.deliveredOn} van ${f.product} ligt vóór de start op ${f.startedOn}.`,
      en: `Delivery date ${f.deliveredOn} of ${f.product} is before its start on ${f.startedOn}.`,
    }),
  }),
  dateInFuture: defineRule<{ date: string; today: string }>()({
    code: "information.date-in-future",
    rule: {
      nl: "Wat gebeurd is, wordt vastgelegd met een datum tot en met vandaag.",
      en: "What happened is recorded with a date up to today.",
    },
    explain: (f) => ({
      nl: `De datum ${f.date} ligt na vandaag (${f.today}).`,
      en: `The date ${f.date} is after today (${f.today}).`,
    }),
  }),
  mayNotLink: defineRule<{ person: string; date: string }>()({
    code: "information.may-not-link",
    invariant: true,
    rule: {
      nl: "Welke Best Practices een product motiveert, legt een lid van een expertgroep vast, of wie namens de Stuurgroep handelt.",
      en: "Which Best Practices a product motivated is recorded by a member of an expert group, or a person acting for the Stuurgroep.",
    },
    explain: (f) => ({
      nl: `${f.person} is op ${f.date} geen lid van een expertgroep en handelt niet namens de Stuurgroep.`,
      en: `${f.person} is not a member of an expert group and does not act for the Stuurgroep on ${f.date}.`,
    }),
  }),
  alreadyLinked: defineRule<{ product: string; practice: string }>()({
    code: "information.already-linked",
    rule: { nl: "Een koppeling wordt één keer vastgelegd.", en: "A link is recorded once." },
    explain: (f) => ({
      nl: `Informatieproduct ${f.product} is al gekoppeld aan Best Practice ${f.practice}.`,
      en: `Information product ${f.product} is linked to Best Practice ${f.practice} already.`,
    }),
  }),
  notLinked: defineRule<{ product: string; practice: string }>()({
    code: "information.not-linked",
    rule: { nl: "Alleen een bestaande koppeling wordt ingetrokken.", en: "Only an existing link is withdrawn." },
    explain: (f) => ({
      nl: `Informatieproduct ${f.product} is niet gekoppeld aan Best Practice ${f.practice}.`,
      en: `Information product ${f.product} is not linked to Best Practice ${f.practice}.`,
    }),
  }),
  internMembersOnly: defineRule<{ person: string; product: string; date: string }>()({
    code: "access.intern-members-only",
    invariant: true,
    rule: {
      nl: "Een intern informatieproduct lezen alleen leden van een orgaan van het programma (DVO, Stuurgroep, expertgroep).",
      en: "An internal information product is read only by members of a body of the programme (DVO, Stuurgroep, expert group).",
    },
    explain: (f) => ({
      nl: `${f.person} is op ${f.date} geen lid van een orgaan van het programma en mag product ${f.product} niet lezen.`,
      en: `${f.person} is not a member of a body of the programme on ${f.date} and may not read product ${f.product}.`,
    }),
  }),
  vertrouwelijkEntitledOnly: defineRule<{
    person: string
    product: string
    kind: string
    scope: string
    date: string
  }>()({
    code: "access.vertrouwelijk-entitled-only",
    invariant: true,
    rule: {
      nl: "Een vertrouwelijk informatieproduct lezen alleen personen of organisaties met een uitdrukkelijke autorisatie voor dat product in het bestuursmodel, met een doel (doelbinding, zoals in het RIEC-convenant).",
      en: "A confidential information product is read only by persons or organisations explicitly entitled to that product in the governance model, for a purpose (as in the RIEC covenant).",
    },
    explain: (f) => ({
      nl: `${f.person} heeft op ${f.date} geen autorisatie voor product ${f.product} (${f.kind}, ${f.scope}) en mag het niet lezen; nodig is een autorisatie voor dit product, of voor ${f.kind} over ${f.scope}.`,
      en: `${f.person} holds no entitlement to product ${f.product} (${f.kind}, ${f.scope}) on ${f.date} and may not read it; needed is an entitlement to this product, or to ${f.kind} over ${f.scope}.`,
    }),
  }),
}
