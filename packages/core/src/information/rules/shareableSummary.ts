import { defineRule } from "../../kernel/Refusal.js"

/**
 * The rules of a product's shareable summary (`deelbare samenvatting`): its producer approves it,
 * for a product that is not `openbaar`, once the product is delivered.
 * @category information
 */
export const shareableSummaryRules = {
  summaryBeforeDelivery: defineRule<{ product: string; approvedOn: string; deliveredOn: string }>()({
    code: "information.summary-before-delivery",
    rule: {
      nl: "Een deelbare samenvatting wordt aan het netwerk aangeboden zodra het product is opgeleverd, niet eerder.",
      en: "A shareable summary is offered to the network once the product is delivered, not before.",
    },
    explain: (f) => ({
      nl:
        f.deliveredOn === ""
          ? `Informatieproduct ${f.product} is nog niet opgeleverd; de samenvatting van ${f.approvedOn} kan nog niet worden aangeboden.`
          : `De samenvatting van ${f.approvedOn} ligt vóór de oplevering van ${f.product} op ${f.deliveredOn}.`,
      en:
        f.deliveredOn === ""
          ? `Information product ${f.product} is not delivered yet; the summary of ${f.approvedOn} cannot be offered yet.`
          : `The summary of ${f.approvedOn} is before the delivery of ${f.product} on ${f.deliveredOn}.`,
    }),
  }),
  summaryApproverNotProducer: defineRule<{ person: string; product: string; producer: string }>()({
    code: "information.summary-approver-not-producer",
    invariant: true,
    rule: {
      nl: "Een deelbare samenvatting keurt de producent goed: een medewerker van de producerende organisatie.",
      en: "A shareable summary is approved by the producer: a person of the producing organisation.",
    },
    explain: (f) => ({
      nl: `${f.person} werkt niet bij ${f.producer}, de producent van ${f.product}, en keurt de deelbare samenvatting niet goed.`,
      en: `${f.person} does not work for ${f.producer}, the producer of ${f.product}, and does not approve its shareable summary.`,
    }),
  }),
  summaryOfOpenbaar: defineRule<{ product: string }>()({
    code: "information.summary-of-openbaar",
    rule: {
      nl: "Een deelbare samenvatting is er voor een product dat niet openbaar is; een openbaar product gaat met titel en samenvatting mee.",
      en: "A shareable summary is for a product that is not public; a public product travels with its title and summary.",
    },
    explain: (f) => ({
      nl: `Informatieproduct ${f.product} is openbaar en heeft geen deelbare samenvatting nodig.`,
      en: `Information product ${f.product} is public and needs no shareable summary.`,
    }),
  }),
}
