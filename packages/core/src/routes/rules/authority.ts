import type { CalendarDate } from "../../kernel/CalendarDate.js"
import type { DecisionContext } from "../../kernel/Decider.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import { mayActFor, membersOn } from "../../governance/queries.js"
import type { BodyId } from "../../governance/Ids.js"

export const notAMember = defineRule<{ person: string; body: string; date: string }>()({
  code: "authority.not-a-member",
  invariant: true,
  rule: {
    nl: "Alleen leden van het opstellende orgaan werken aan een concept.",
    en: "Only members of the drafting body work on a draft.",
  },
  explain: (f) => ({
    nl: `${f.person} is op ${f.date} geen lid van ${f.body}.`,
    en: `${f.person} is not a member of ${f.body} on ${f.date}.`,
  }),
})

export const mayNotActFor = defineRule<{ person: string; body: string; date: string }>()({
  code: "authority.may-not-act-for-body",
  invariant: true,
  rule: {
    nl: "Namens een orgaan handelt alleen wie er op die datum voorzitter, trekker of secretaris is.",
    en: "Only a person who is voorzitter, trekker or secretaris of a body on that date acts for it.",
  },
  explain: (f) => ({
    nl: `${f.person} mag op ${f.date} niet namens ${f.body} handelen.`,
    en: `${f.person} may not act for ${f.body} on ${f.date}.`,
  }),
})

/**
 * The person acting may act for `body` on `date` (voorzitter, trekker or secretaris then), or the
 * violation saying they may not. Every deciding or closing act of a body passes this rule.
 * @category routes
 */
export const authorityViolations = (
  ctx: DecisionContext,
  body: BodyId,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> =>
  mayActFor(ctx.model, ctx.actor, body, date) ? [] : [violation(mayNotActFor, { person: ctx.actor, body, date })]

/** The person acting is a member of the drafting `body` on `date`: who works on a draft. @category routes */
export const membershipViolations = (
  ctx: DecisionContext,
  body: BodyId,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> =>
  membersOn(ctx.model, body, date).some((m) => m.person === ctx.actor)
    ? []
    : [violation(notAMember, { person: ctx.actor, body, date })]
