import { defineRule } from "../kernel/Refusal.js"

/** The rules of milestones, each with a stable code and its text in Dutch and English. @category milestones */
export const milestoneRules = {
  notFound: defineRule<{ milestone: string }>()({
    code: "milestone.not-found",
    rule: { nl: "Een handeling betreft een geplande mijlpaal.", en: "An action concerns a planned milestone." },
    explain: (f) => ({ nl: `Mijlpaal ${f.milestone} bestaat niet.`, en: `Milestone ${f.milestone} does not exist.` }),
  }),
  exists: defineRule<{ milestone: string }>()({
    code: "milestone.already-exists",
    rule: { nl: "Elke mijlpaal heeft een eigen kenmerk.", en: "Every milestone has an identifier of its own." },
    explain: (f) => ({ nl: `Mijlpaal ${f.milestone} bestaat al.`, en: `Milestone ${f.milestone} already exists.` }),
  }),
  unknownBody: defineRule<{ body: string }>()({
    code: "milestone.unknown-body",
    rule: {
      nl: "Een mijlpaal is van een orgaan uit het bestuursmodel.",
      en: "A milestone belongs to a body of the governance model.",
    },
    explain: (f) => ({ nl: `Orgaan ${f.body} bestaat niet.`, en: `Body ${f.body} does not exist.` }),
  }),
  notOwner: defineRule<{ person: string; body: string; date: string }>()({
    code: "milestone.not-owner",
    invariant: true,
    rule: {
      nl: "Een mijlpaal wordt gepland en bijgehouden door leden van het orgaan dat haar bezit, of namens de Stuurgroep.",
      en: "A milestone is planned and kept by members of the body that owns it, or for the Stuurgroep.",
    },
    explain: (f) => ({
      nl: `${f.person} is op ${f.date} geen lid van ${f.body} en handelt niet namens de Stuurgroep.`,
      en: `${f.person} is not a member of ${f.body} on ${f.date} and does not act for the Stuurgroep.`,
    }),
  }),
  delivered: defineRule<{ milestone: string; deliveredOn: string }>()({
    code: "milestone.already-delivered",
    rule: { nl: "Een opgeleverde mijlpaal ligt vast.", en: "A delivered milestone is settled." },
    explain: (f) => ({
      nl: `Mijlpaal ${f.milestone} is op ${f.deliveredOn} opgeleverd.`,
      en: `Milestone ${f.milestone} was delivered on ${f.deliveredOn}.`,
    }),
  }),
  deliveredInFuture: defineRule<{ date: string; today: string }>()({
    code: "milestone.delivered-in-future",
    rule: { nl: "Een oplevering wordt vastgelegd als ze gebeurd is.", en: "A delivery is recorded once it happened." },
    explain: (f) => ({
      nl: `De opleverdatum ${f.date} ligt na vandaag (${f.today}).`,
      en: `The delivery date ${f.date} is after today (${f.today}).`,
    }),
  }),
}
