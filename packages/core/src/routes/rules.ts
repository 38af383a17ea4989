import { formatEuro as euro } from "../kernel/Money.js"
import { defineRule } from "../kernel/Refusal.js"

/**
 * The rules of the approval routes, each with a stable code, the rule as a secretary reads it
 * and how a violation is explained — in Dutch and in English.
 * @category routes
 */
export const routeRules = {
  itemNotFound: defineRule<{ item: string }>({
    code: "item.not-found",
    rule: { nl: "Een besluit of handeling betreft een bestaand stuk.", en: "An action concerns an existing item." },
    explain: (f) => ({ nl: `Stuk ${f.item} bestaat niet.`, en: `Item ${f.item} does not exist.` }),
  }),
  itemExists: defineRule<{ item: string }>({
    code: "item.already-exists",
    rule: { nl: "Elk stuk heeft een eigen kenmerk.", en: "Every item has an identifier of its own." },
    explain: (f) => ({ nl: `Stuk ${f.item} bestaat al.`, en: `Item ${f.item} already exists.` }),
  }),
  noRoute: defineRule<{ kind: string }>({
    code: "route.no-route",
    rule: {
      nl: "Een stuk volgt de route die het bestuursmodel voor zijn soort vastlegt.",
      en: "An item follows the route the governance model defines for its kind.",
    },
    explain: (f) => ({
      nl: `Het bestuursmodel kent geen route voor een ${f.kind}.`,
      en: `The governance model has no route for a ${f.kind}.`,
    }),
  }),
  notADrafter: defineRule<{ body: string; kind: string }>({
    code: "route.not-a-drafter",
    rule: {
      nl: "Alleen het orgaan dat de route als opsteller noemt, stelt het stuk op.",
      en: "Only the body the route names as drafter drafts the item.",
    },
    explain: (f) => ({
      nl: `${f.body} stelt geen ${f.kind} op volgens de route.`,
      en: `${f.body} does not draft a ${f.kind} on this route.`,
    }),
  }),
  notAMember: defineRule<{ person: string; body: string; date: string }>({
    code: "authority.not-a-member",
    rule: {
      nl: "Alleen leden van het opstellende orgaan werken aan een concept.",
      en: "Only members of the drafting body work on a draft.",
    },
    explain: (f) => ({
      nl: `${f.person} is op ${f.date} geen lid van ${f.body}.`,
      en: `${f.person} is not a member of ${f.body} on ${f.date}.`,
    }),
  }),
  mayNotActFor: defineRule<{ person: string; body: string; date: string }>({
    code: "authority.may-not-act-for-body",
    rule: {
      nl: "Namens een orgaan handelt alleen wie er op die datum voorzitter, trekker of secretaris is.",
      en: "Only a person who is voorzitter, trekker or secretaris of a body on that date acts for it.",
    },
    explain: (f) => ({
      nl: `${f.person} mag op ${f.date} niet namens ${f.body} handelen.`,
      en: `${f.person} may not act for ${f.body} on ${f.date}.`,
    }),
  }),
  notEditable: defineRule<{ item: string; status: string }>({
    code: "item.not-editable",
    rule: {
      nl: "Een stuk wordt alleen gewijzigd als concept of na terugverwijzing.",
      en: "An item is edited only while it is a draft or after it was returned.",
    },
    explain: (f) => ({
      nl: `Stuk ${f.item} heeft status ${f.status} en kan niet worden gewijzigd.`,
      en: `Item ${f.item} has status ${f.status} and cannot be edited.`,
    }),
  }),
  notSubmittable: defineRule<{ item: string; status: string }>({
    code: "item.not-submittable",
    rule: {
      nl: "Alleen een concept of een teruggewezen stuk wordt ingediend.",
      en: "Only a draft or a returned item is submitted.",
    },
    explain: (f) => ({
      nl: `Stuk ${f.item} heeft status ${f.status} en kan niet worden ingediend.`,
      en: `Item ${f.item} has status ${f.status} and cannot be submitted.`,
    }),
  }),
  budgetRequired: defineRule<{ item: string; kind: string }>({
    code: "budget.required",
    rule: { nl: "Een beleidsvoorstel gaat gepaard met een begroting.", en: "A policy proposal comes with a budget." },
    explain: (f) => ({
      nl: `${f.kind} ${f.item} heeft geen begrotingsregels.`,
      en: `${f.kind} ${f.item} has no budget lines.`,
    }),
  }),
  budgetNotAllowed: defineRule<{ item: string; kind: string }>({
    code: "budget.not-allowed",
    rule: {
      nl: "Alleen stukken waarvan de route een begroting kent, dragen begrotingsregels.",
      en: "Only items whose route knows a budget carry budget lines.",
    },
    explain: (f) => ({
      nl: `Een ${f.kind} (${f.item}) draagt geen begroting.`,
      en: `A ${f.kind} (${f.item}) carries no budget.`,
    }),
  }),
  unknownOrganisation: defineRule<{ line: number; organisation: string }>({
    code: "budget.unknown-organisation",
    rule: {
      nl: "Elke begrotingsregel noemt een organisatie uit het bestuursmodel.",
      en: "Every budget line names an organisation of the governance model.",
    },
    explain: (f) => ({
      nl: `Begrotingsregel ${f.line} noemt onbekende organisatie ${f.organisation}.`,
      en: `Budget line ${f.line} names unknown organisation ${f.organisation}.`,
    }),
  }),
  exceedsAvailable: defineRule<{ available: number; committed: number; requested: number; shortfall: number }>({
    code: "budget.exceeds-available",
    rule: {
      nl: "De som van de geaccordeerde begrotingen blijft binnen het beschikbare programmabudget.",
      en: "The sum of accorded budgets stays within the programme's available budget.",
    },
    explain: (f) => ({
      nl: `Accorderen vraagt ${euro(f.requested)}, terwijl van ${euro(f.available)} al ${euro(f.committed)} is vastgelegd: een tekort van ${euro(f.shortfall)}.`,
      en: `According asks ${euro(f.requested)} while ${euro(f.committed)} of ${euro(f.available)} is committed already: a shortfall of ${euro(f.shortfall)}.`,
    }),
  }),
  notOnRoute: defineRule<{ item: string; status: string }>({
    code: "route.not-on-route",
    rule: {
      nl: "Een orgaan besluit alleen over een ingediend stuk dat nog op zijn route is.",
      en: "A body decides only on a submitted item that is still on its route.",
    },
    explain: (f) => ({
      nl: `Stuk ${f.item} heeft status ${f.status}; er ligt niets ter besluitvorming.`,
      en: `Item ${f.item} has status ${f.status}; nothing awaits a decision.`,
    }),
  }),
  notYourTurn: defineRule<{ body: string; expectedBody: string; item: string; version: number }>({
    code: "route.not-your-turn",
    rule: {
      nl: "Alleen het orgaan dat op de route aan de beurt is, neemt een besluit.",
      en: "Only the body whose turn it is on the route takes a decision.",
    },
    explain: (f) => ({
      nl: `${f.body} is niet aan de beurt voor versie ${f.version} van ${f.item}; eerst besluit ${f.expectedBody}.`,
      en: `${f.body} is not on turn for version ${f.version} of ${f.item}; ${f.expectedBody} decides first.`,
    }),
  }),
  outcomeNotAllowed: defineRule<{ body: string; outcome: string; allowed: ReadonlyArray<string> }>({
    code: "route.outcome-not-allowed",
    rule: {
      nl: "Een orgaan besluit alleen tot een uitkomst die zijn stap op de route toestaat.",
      en: "A body decides only an outcome its step on the route allows.",
    },
    explain: (f) => ({
      nl: `${f.body} kan hier niet besluiten tot '${f.outcome}'; wel tot: ${f.allowed.join(", ")}.`,
      en: `${f.body} cannot decide '${f.outcome}' here; it can decide: ${f.allowed.join(", ")}.`,
    }),
  }),
  previousStepNotApproved: defineRule<{ item: string; version: number; body: string; missing: string }>({
    code: "route.previous-step-not-approved",
    rule: {
      nl: "Een orgaan besluit pas als de eerdere stappen de huidige versie hebben goedgekeurd (het DVO accordeert geen versie die de Stuurgroep niet goedkeurde).",
      en: "A body decides only once the earlier steps approved the current version (the DVO does not accord a version the Stuurgroep did not approve).",
    },
    explain: (f) => ({
      nl: `${f.missing} heeft versie ${f.version} van ${f.item} niet goedgekeurd; ${f.body} kan er niet over besluiten.`,
      en: `${f.missing} has not approved version ${f.version} of ${f.item}; ${f.body} cannot decide on it.`,
    }),
  }),
  meetingInFuture: defineRule<{ meetingDate: string; today: string }>({
    code: "decision.meeting-in-future",
    rule: { nl: "Een besluit wordt vastgelegd na de vergadering.", en: "A decision is recorded after the meeting." },
    explain: (f) => ({
      nl: `De vergaderdatum ${f.meetingDate} ligt na vandaag (${f.today}).`,
      en: `The meeting date ${f.meetingDate} is after today (${f.today}).`,
    }),
  }),
  meetingBeforeSubmission: defineRule<{ meetingDate: string; submittedOn: string }>({
    code: "decision.meeting-before-submission",
    rule: {
      nl: "Een orgaan besluit over een stuk nadat het is ingediend.",
      en: "A body decides on an item after it was submitted.",
    },
    explain: (f) => ({
      nl: `De vergadering van ${f.meetingDate} was vóór de indiening op ${f.submittedOn}.`,
      en: `The meeting of ${f.meetingDate} was before the submission on ${f.submittedOn}.`,
    }),
  }),
  attendeeNotMember: defineRule<{ person: string; body: string; date: string }>({
    code: "decision.attendee-not-member",
    rule: {
      nl: "Bij de besluitvorming tellen alleen leden van het orgaan op de vergaderdatum.",
      en: "Only members of the body on the meeting date count in its decision.",
    },
    explain: (f) => ({
      nl: `${f.person} was op ${f.date} geen lid van ${f.body}.`,
      en: `${f.person} was not a member of ${f.body} on ${f.date}.`,
    }),
  }),
  quorumNotMet: defineRule<{
    body: string
    present: number
    required: number
    entitled: number
    quorumPercent: number
  }>({
    code: "decision.quorum-not-met",
    rule: {
      nl: "Een orgaan besluit alleen als het quorum van zijn besluitregel aanwezig is; leden met een belangenconflict tellen niet mee.",
      en: "A body decides only when the quorum of its decision rule is present; members with a conflict of interest do not count.",
    },
    explain: (f) => ({
      nl: `${f.body}: ${f.present} van ${f.entitled} stemgerechtigde leden aanwezig, ${f.required} nodig (quorum ${f.quorumPercent}%).`,
      en: `${f.body}: ${f.present} of ${f.entitled} entitled members present, ${f.required} needed (quorum ${f.quorumPercent}%).`,
    }),
  }),
  noMembersPresent: defineRule<{ body: string }>({
    code: "decision.no-members-present",
    rule: {
      nl: "Een besluit wordt genomen door aanwezige stemgerechtigde leden.",
      en: "A decision is taken by entitled members who are present.",
    },
    explain: (f) => ({
      nl: `Er was geen stemgerechtigd lid van ${f.body} aanwezig.`,
      en: `No entitled member of ${f.body} was present.`,
    }),
  }),
  voterNotEntitled: defineRule<{ person: string; reason: string }>({
    code: "decision.voter-not-entitled",
    rule: {
      nl: "Alleen aanwezige stemgerechtigde leden zonder belangenconflict stemmen.",
      en: "Only entitled members who are present and have no conflict of interest vote.",
    },
    explain: (f) => ({
      nl: `${f.person} mag niet stemmen: ${f.reason === "recused" ? "belangenconflict gemeld" : f.reason === "absent" ? "niet aanwezig" : "geen stemgerechtigd lid"}.`,
      en: `${f.person} may not vote: ${f.reason === "recused" ? "declared a conflict of interest" : f.reason === "absent" ? "not present" : "not an entitled member"}.`,
    }),
  }),
  votesRequired: defineRule<{ body: string; method: string; missing: ReadonlyArray<string> }>({
    code: "decision.votes-required",
    rule: {
      nl: "Bij een besluit bij meerderheid of unanimiteit worden de stemmen per lid vastgelegd.",
      en: "A decision by majority or unanimity records the votes per member.",
    },
    explain: (f) => ({
      nl: `${f.body} besluit bij ${f.method === "majority" ? "meerderheid" : "unanimiteit"}; stemmen ontbreken${f.missing.length > 0 ? ` van ${f.missing.join(", ")}` : ""}.`,
      en: `${f.body} decides by ${f.method}; votes are missing${f.missing.length > 0 ? ` from ${f.missing.join(", ")}` : ""}.`,
    }),
  }),
  ruleNotSatisfied: defineRule<{ body: string; method: string; for: number; against: number; abstained: number }>({
    code: "decision.rule-not-satisfied",
    rule: {
      nl: "Een besluit voldoet aan de besluitregel van het orgaan: consensus, meerderheid van uitgebrachte stemmen of unanimiteit.",
      en: "A decision satisfies the body's decision rule: consensus, majority of votes cast, or unanimity.",
    },
    explain: (f) => ({
      nl: `${f.body} besluit bij ${f.method === "consensus" ? "consensus" : f.method === "majority" ? "meerderheid" : "unanimiteit"}, maar de stemming was ${f.for} voor, ${f.against} tegen, ${f.abstained} onthouding.`,
      en: `${f.body} decides by ${f.method}, but the vote was ${f.for} for, ${f.against} against, ${f.abstained} abstaining.`,
    }),
  }),
  fourEyes: defineRule<{ item: string; approvers: ReadonlyArray<string> }>({
    code: "decision.four-eyes",
    rule: {
      nl: "Vier ogen: wie een stuk opstelde, kan het niet als enige goedkeuren.",
      en: "Four eyes: the person who drafted an item cannot alone approve it.",
    },
    explain: (f) => ({
      nl: `Alleen de opsteller(s) van ${f.item} keurden het goed (${f.approvers.join(", ")}).`,
      en: `Only the drafter(s) of ${f.item} approved it (${f.approvers.join(", ")}).`,
    }),
  }),
  remarksRequired: defineRule<{ item: string }>({
    code: "decision.remarks-required",
    rule: {
      nl: "Wie een stuk terugwijst, geeft opmerkingen mee.",
      en: "Whoever returns an item gives remarks with it.",
    },
    explain: (f) => ({
      nl: `Terugwijzing van ${f.item} zonder opmerkingen.`,
      en: `Returning ${f.item} without remarks.`,
    }),
  }),
  decisionExists: defineRule<{ decision: string }>({
    code: "decision.immutable",
    rule: {
      nl: "Besluiten zijn onveranderlijk; een correctie is een nieuw besluit dat het oude noemt.",
      en: "Decisions are immutable; a correction is a new decision that cites the old one.",
    },
    explain: (f) => ({
      nl: `Besluit ${f.decision} bestaat al en wordt niet overschreven.`,
      en: `Decision ${f.decision} exists already and is not overwritten.`,
    }),
  }),
  notWithdrawable: defineRule<{ item: string; status: string }>({
    code: "item.not-withdrawable",
    rule: {
      nl: "De opsteller trekt een stuk alleen terug vóór het eindbesluit.",
      en: "The drafter withdraws an item only before the final decision.",
    },
    explain: (f) => ({
      nl: `Stuk ${f.item} heeft status ${f.status} en kan niet meer worden teruggetrokken.`,
      en: `Item ${f.item} has status ${f.status} and can no longer be withdrawn.`,
    }),
  }),
  decisionNotFound: defineRule<{ decision: string; item: string }>({
    code: "revocation.decision-not-found",
    rule: {
      nl: "Een intrekking noemt een bestaand besluit over het stuk.",
      en: "A revocation cites an existing decision on the item.",
    },
    explain: (f) => ({
      nl: `Besluit ${f.decision} over ${f.item} bestaat niet.`,
      en: `Decision ${f.decision} on ${f.item} does not exist.`,
    }),
  }),
  notFinal: defineRule<{ decision: string }>({
    code: "revocation.not-final",
    rule: {
      nl: "Alleen een eindbesluit wordt ingetrokken; een tussenstap volgt de route.",
      en: "Only a final decision is revoked; an intermediate step follows the route.",
    },
    explain: (f) => ({
      nl: `Besluit ${f.decision} is geen eindbesluit.`,
      en: `Decision ${f.decision} is not a final decision.`,
    }),
  }),
  alreadyRevoked: defineRule<{ decision: string; revokedBy: string }>({
    code: "revocation.already-revoked",
    rule: { nl: "Een besluit wordt één keer ingetrokken.", en: "A decision is revoked once." },
    explain: (f) => ({
      nl: `Besluit ${f.decision} is al ingetrokken door ${f.revokedBy}.`,
      en: `Decision ${f.decision} was revoked already by ${f.revokedBy}.`,
    }),
  }),
  notDecidingBody: defineRule<{ decision: string; body: string; decidedBy: string }>({
    code: "revocation.not-deciding-body",
    rule: {
      nl: "Alleen het orgaan dat een besluit nam, trekt het in.",
      en: "Only the body that took a decision revokes it.",
    },
    explain: (f) => ({
      nl: `Besluit ${f.decision} is genomen door ${f.decidedBy}, niet door ${f.body}.`,
      en: `Decision ${f.decision} was taken by ${f.decidedBy}, not by ${f.body}.`,
    }),
  }),
}
