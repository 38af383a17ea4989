import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import { closedStatuses, type Item } from "../ItemState.js"

export const notEditable = defineRule<{ item: string; status: string }>()({
  code: "item.not-editable",
  rule: {
    nl: "Een stuk wordt alleen gewijzigd als concept of na terugverwijzing.",
    en: "An item is edited only while it is a draft or after it was returned.",
  },
  explain: (f) => ({
    nl: `Stuk ${f.item} heeft status ${f.status} en kan niet worden gewijzigd.`,
    en: `Item ${f.item} has status ${f.status} and cannot be edited.`,
  }),
})

export const notSubmittable = defineRule<{ item: string; status: string }>()({
  code: "item.not-submittable",
  rule: {
    nl: "Alleen een concept of een teruggewezen stuk wordt ingediend.",
    en: "Only a draft or a returned item is submitted.",
  },
  explain: (f) => ({
    nl: `Stuk ${f.item} heeft status ${f.status} en kan niet worden ingediend.`,
    en: `Item ${f.item} has status ${f.status} and cannot be submitted.`,
  }),
})

export const notOnRoute = defineRule<{ item: string; status: string }>()({
  code: "route.not-on-route",
  rule: {
    nl: "Een orgaan besluit alleen over een ingediend stuk dat nog op zijn route is.",
    en: "A body decides only on a submitted item that is still on its route.",
  },
  explain: (f) => ({
    nl: `Stuk ${f.item} heeft status ${f.status}; er ligt niets ter besluitvorming.`,
    en: `Item ${f.item} has status ${f.status}; nothing awaits a decision.`,
  }),
})

export const notWithdrawable = defineRule<{ item: string; status: string }>()({
  code: "item.not-withdrawable",
  rule: {
    nl: "De opsteller trekt een stuk alleen terug vóór het eindbesluit.",
    en: "The drafter withdraws an item only before the final decision.",
  },
  explain: (f) => ({
    nl: `Stuk ${f.item} heeft status ${f.status} en kan niet meer worden teruggetrokken.`,
    en: `Item ${f.item} has status ${f.status} and can no longer be withdrawn.`,
  }),
})

const open = (item: Item) => item.status === "draft" || item.status === "returned"

/** An item is edited only as a draft or after it was returned. @category routes */
export const editableViolations = (item: Item): ReadonlyArray<RuleViolation> =>
  open(item) ? [] : [violation(notEditable, { item: item.itemId, status: item.status })]

/** An item is submitted only as a draft or after it was returned. @category routes */
export const submittableViolations = (item: Item): ReadonlyArray<RuleViolation> =>
  open(item) ? [] : [violation(notSubmittable, { item: item.itemId, status: item.status })]

/** A body decides only on a submitted item. @category routes */
export const onRouteViolations = (item: Item): ReadonlyArray<RuleViolation> =>
  item.status === "submitted" ? [] : [violation(notOnRoute, { item: item.itemId, status: item.status })]

/** The drafter withdraws an item only before its route closed. @category routes */
export const withdrawableViolations = (item: Item): ReadonlyArray<RuleViolation> =>
  closedStatuses.includes(item.status) ? [violation(notWithdrawable, { item: item.itemId, status: item.status })] : []
