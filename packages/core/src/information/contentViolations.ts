import { Option } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { findPerson } from "../governance/queries.js"
import { entitlementFacts, isEntitled, type ProductAccess } from "./access.js"
import type { ApproveShareableSummary } from "./commands.js"
import type { InformationProduct } from "./InformationProduct.js"
import { confidentialContentEntitledOnly } from "./rules/confidentialContentEntitledOnly.js"
import { shareableSummaryRules as S } from "./rules/shareableSummary.js"

/**
 * The rule a person handling the content of `product` violates — registering it, delivering it,
 * approving its shareable summary: for a `vertrouwelijk` product, an entitlement to it.
 * @category information
 */
export const contentViolations = (
  product: ProductAccess,
  ctx: DecisionContext,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> =>
  product.classification !== "vertrouwelijk" || isEntitled(ctx.model, ctx.actor, product, date)
    ? []
    : [violation(confidentialContentEntitledOnly, entitlementFacts(ctx.actor, product, date))]

/**
 * The rules an approval of a shareable summary violates: a product that is not `openbaar`, a
 * person of its producer (entitled to it, if confidential), and a product delivered on or before
 * the approval's date.
 * @category information
 */
export const summaryViolations = (
  command: ApproveShareableSummary,
  product: InformationProduct,
  ctx: DecisionContext,
  today: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  const violations: Array<RuleViolation> = []
  if (product.classification === "openbaar") {
    violations.push(violation(S.summaryOfOpenbaar, { product: product.productId }))
  }
  if (!Option.exists(findPerson(ctx.model, ctx.actor), (p) => p.organisation === product.producer)) {
    violations.push(
      violation(S.summaryApproverNotProducer, {
        person: ctx.actor,
        product: product.productId,
        producer: product.producer,
      }),
    )
  }
  if (product.deliveredOn === undefined || command.approvedOn < product.deliveredOn) {
    violations.push(
      violation(S.summaryBeforeDelivery, {
        product: product.productId,
        approvedOn: command.approvedOn,
        deliveredOn: product.deliveredOn ?? "",
      }),
    )
  }
  return [...violations, ...contentViolations(product, ctx, today)]
}
