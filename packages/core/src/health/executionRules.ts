import { formatEuro as euro } from "../kernel/Money.js"
import { defineRule } from "../kernel/Refusal.js"

/**
 * The rules of executing an accorded proposal: partners confirming their part, and spending
 * reported per budget line.
 * @category health
 */
export const executionRules = {
  notAccorded: defineRule<{ item: string }>()({
    code: "execution.not-accorded",
    rule: {
      nl: "Een deel bevestigen of een besteding melden kan alleen bij een voorstel dat het DVO accordeerde (en niet introk).",
      en: "A part is confirmed, or spending reported, only on a proposal the DVO accorded (and did not revoke).",
    },
    explain: (f) => ({
      nl: `Voorstel ${f.item} is niet (meer) geaccordeerd.`,
      en: `Proposal ${f.item} is not accorded (any more).`,
    }),
  }),
  notAPartner: defineRule<{ item: string; organisation: string; partners: ReadonlyArray<string> }>()({
    code: "execution.not-a-partner",
    rule: {
      nl: "Een deel bevestigt een organisatie waarvoor het voorstel een begrotingsregel of een taak heeft.",
      en: "A part is confirmed by an organisation the proposal has a budget line or a task for.",
    },
    explain: (f) => ({
      nl: `${f.organisation} heeft geen deel in ${f.item}; wel: ${f.partners.join(", ")}.`,
      en: `${f.organisation} has no part in ${f.item}; these do: ${f.partners.join(", ")}.`,
    }),
  }),
  notOwnOrganisation: defineRule<{ person: string; organisation: string }>()({
    code: "execution.not-own-organisation",
    invariant: true,
    rule: {
      nl: "Een organisatie bevestigt haar deel zelf, door een van haar medewerkers.",
      en: "An organisation confirms its part itself, through one of its own persons.",
    },
    explain: (f) => ({
      nl: `${f.person} werkt niet bij ${f.organisation}.`,
      en: `${f.person} does not work for ${f.organisation}.`,
    }),
  }),
  alreadyConfirmed: defineRule<{ item: string; organisation: string; confirmedOn: string }>()({
    code: "execution.already-confirmed",
    rule: { nl: "Een organisatie bevestigt haar deel één keer.", en: "An organisation confirms its part once." },
    explain: (f) => ({
      nl: `${f.organisation} bevestigde haar deel in ${f.item} al op ${f.confirmedOn}.`,
      en: `${f.organisation} confirmed its part in ${f.item} on ${f.confirmedOn} already.`,
    }),
  }),
  unknownLine: defineRule<{ item: string; line: string }>()({
    code: "spending.unknown-line",
    rule: {
      nl: "Een besteding hoort bij een begrotingsregel van het geaccordeerde voorstel.",
      en: "Spending belongs to a budget line of the accorded proposal.",
    },
    explain: (f) => ({
      nl: `Voorstel ${f.item} heeft geen begrotingsregel ${f.line}.`,
      en: `Proposal ${f.item} has no budget line ${f.line}.`,
    }),
  }),
  mayNotReport: defineRule<{ person: string; organisation: string; date: string }>()({
    code: "spending.may-not-report",
    invariant: true,
    rule: {
      nl: "Een besteding meldt de organisatie van de begrotingsregel, of het programmabureau namens de Stuurgroep.",
      en: "Spending is reported by the budget line's organisation, or by the programme office for the Stuurgroep.",
    },
    explain: (f) => ({
      nl: `${f.person} werkt niet bij ${f.organisation} en handelt op ${f.date} niet namens de Stuurgroep.`,
      en: `${f.person} does not work for ${f.organisation} and does not act for the Stuurgroep on ${f.date}.`,
    }),
  }),
  nothingSpent: defineRule<{ amount: number }>()({
    code: "spending.nothing-spent",
    invariant: true,
    rule: { nl: "Een besteding is een bedrag groter dan nul.", en: "Spending is an amount above zero." },
    explain: (f) => ({ nl: `Het bedrag is ${euro(f.amount)}.`, en: `The amount is ${euro(f.amount)}.` }),
  }),
  exceedsLine: defineRule<{ line: string; budgeted: number; spent: number; requested: number; shortfall: number }>()({
    code: "spending.exceeds-line",
    asksReason: true,
    rule: {
      nl: "Bestedingen blijven binnen de geaccordeerde begrotingsregel; meer uitgeven vraagt een nieuw besluit.",
      en: "Spending stays within the accorded budget line; spending more needs a new decision.",
    },
    explain: (f) => ({
      nl: `Begrotingsregel ${f.line}: ${euro(f.budgeted)} geaccordeerd, ${euro(f.spent)} besteed; ${euro(f.requested)} erbij overschrijdt de regel met ${euro(f.shortfall)}. Leg eerst een aanvullend voorstel met begroting aan het DVO voor.`,
      en: `Budget line ${f.line}: ${euro(f.budgeted)} accorded, ${euro(f.spent)} spent; ${euro(f.requested)} more exceeds the line by ${euro(f.shortfall)}. Put a supplementary proposal with a budget to the DVO first.`,
    }),
  }),
  outsideLine: defineRule<{ line: string; spentOn: string; accordedOn: string; today: string }>()({
    code: "spending.outside-period",
    rule: {
      nl: "Een besteding valt in het jaar van de begrotingsregel, na het akkoord en niet in de toekomst.",
      en: "Spending falls in the budget line's year, after the accord and not in the future.",
    },
    explain: (f) => ({
      nl: `Besteding op ${f.spentOn} valt buiten regel ${f.line} (geaccordeerd op ${f.accordedOn}, vandaag ${f.today}).`,
      en: `Spending on ${f.spentOn} falls outside line ${f.line} (accorded on ${f.accordedOn}, today ${f.today}).`,
    }),
  }),
}
