import { defineRule } from "../../kernel/Refusal.js"

/**
 * Only a person entitled to a confidential product starts it, delivers it or approves its
 * shareable summary: whoever handles the content of a `vertrouwelijk` product may read it. The
 * Stuurgroep's secretary does not deliver a confidential product she may not read.
 * @category information
 */
export const confidentialContentEntitledOnly = defineRule<{
  person: string
  product: string
  kind: string
  scope: string
  date: string
}>()({
  code: "access.vertrouwelijk-content-entitled-only",
  invariant: true,
  rule: {
    nl: "De inhoud van een vertrouwelijk informatieproduct (registreren, opleveren, een deelbare samenvatting goedkeuren) behandelt alleen wie een autorisatie voor dat product heeft.",
    en: "The content of a confidential information product (registering, delivering, approving a shareable summary) is handled only by a person entitled to that product.",
  },
  explain: (f) => ({
    nl: `${f.person} heeft op ${f.date} geen autorisatie voor product ${f.product} (${f.kind}, ${f.scope}) en behandelt de inhoud ervan niet; nodig is een autorisatie voor dit product, of voor ${f.kind} over ${f.scope}.`,
    en: `${f.person} holds no entitlement to product ${f.product} (${f.kind}, ${f.scope}) on ${f.date} and does not handle its content; needed is an entitlement to this product, or to ${f.kind} over ${f.scope}.`,
  }),
})
