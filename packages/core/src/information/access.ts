import type { PersonId } from "../governance/Ids.js"
import { Option } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { Level } from "../governance/Body.js"
import type { Entitlement } from "../governance/Entitlement.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { isActiveOn } from "../governance/Membership.js"
import { findPerson } from "../governance/queries.js"
import { type InformationScope, scopeLabel } from "./InformationProduct.js"
import type { Classification, InformationKind } from "./InsightsBundle.js"
import { informationRules as R } from "./rules.js"

/** The levels whose bodies are the programme's own: DVO, Stuurgroep and expert groups. @category information */
export const programmeLevels: ReadonlyArray<Level> = ["bestuurlijk", "besturing", "beleid"]

/**
 * What access to a product turns on: its id, kind, scope and classification (a product, or a
 * registration of one).
 * @category information
 */
export interface ProductAccess {
  readonly productId: string
  readonly kind: InformationKind
  readonly scope: InformationScope
  readonly classification: Classification
}

/** Whether `person` is a member of a body of the programme (not of the network) on `date`. @category information */
export const isProgrammeMember = (model: GovernanceModel, person: string, date: CalendarDate): boolean => {
  const own = new Set<string>(model.bodies.filter((b) => programmeLevels.includes(b.level)).map((b) => b.id))
  return model.memberships.some((m) => m.person === person && own.has(m.body) && isActiveOn(m, date))
}

/**
 * Whether an entitlement covers a product: it names the product, or its kind and scope (each
 * that it gives) match; an entitlement of the legacy form covers every product.
 * @category information
 */
export const covers = (entitlement: Entitlement, product: Omit<ProductAccess, "classification">): boolean =>
  coversListed(entitlement, {
    productId: product.productId,
    kind: product.kind,
    scope: scopeLabel(product.scope),
  })

/**
 * {@link covers} for a product as a catalogue lists it: its scope as one word ({@link scopeLabel}).
 * @category information
 */
export const coversListed = (
  entitlement: Entitlement,
  product: { readonly productId: string; readonly kind: string; readonly scope: string },
): boolean => {
  if (entitlement.products !== undefined) return entitlement.products.includes(product.productId as never)
  return (
    (entitlement.kind === undefined || entitlement.kind === product.kind) &&
    (entitlement.scope === undefined || scopeLabel(entitlement.scope) === product.scope)
  )
}

/**
 * The entitlements that let `person` see the content of `product` on `date`: held by themselves or
 * by their organisation, in force on `date` (from and to inclusive), covering the product.
 * @category information
 */
export const entitlementsFor = (
  model: GovernanceModel,
  person: PersonId,
  product: Omit<ProductAccess, "classification">,
  date: CalendarDate,
): ReadonlyArray<Entitlement> => {
  const organisation = Option.getOrUndefined(Option.map(findPerson(model, person), (p) => p.organisation))
  return model.entitlements.filter(
    (e) =>
      e.grant === "vertrouwelijk" &&
      e.from <= date &&
      (e.to === undefined || date <= e.to) &&
      (e.person === person || (organisation !== undefined && e.organisation === organisation)) &&
      covers(e, product),
  )
}

/**
 * Whether `person` holds an entitlement to the confidential `product` on `date`: for themselves,
 * or through their organisation.
 * @category information
 */
export const isEntitled = (
  model: GovernanceModel,
  person: PersonId,
  product: Omit<ProductAccess, "classification">,
  date: CalendarDate,
): boolean => entitlementsFor(model, person, product, date).length > 0

/**
 * The entitlements a model gives to a product as a catalogue lists it, whoever holds them and
 * whenever: what a listing shows beside a confidential product.
 * @category information
 */
export const entitlementsOf = (
  model: GovernanceModel,
  product: { readonly productId: string; readonly kind: string; readonly scope: string },
): ReadonlyArray<Entitlement> =>
  model.entitlements.filter((e) => e.grant === "vertrouwelijk" && coversListed(e, product))

/** The facts of a refusal for lack of an entitlement: who, which product (kind, scope), when. @category information */
export const entitlementFacts = (
  person: PersonId,
  product: Omit<ProductAccess, "classification">,
  date: CalendarDate,
) => ({ person, product: product.productId, kind: product.kind, scope: scopeLabel(product.scope), date })

/**
 * The rules a read of `product` violates: none for `openbaar`; membership of a programme body for
 * `intern`; an entitlement to this product (by id, or by its kind and scope) for `vertrouwelijk`.
 * @category information
 */
export const readViolations = (
  model: GovernanceModel,
  person: PersonId,
  product: ProductAccess,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  switch (product.classification) {
    case "openbaar":
      return []
    case "intern":
      return isProgrammeMember(model, person, date)
        ? []
        : [violation(R.internMembersOnly, { person, product: product.productId, date })]
    case "vertrouwelijk":
      return isEntitled(model, person, product, date)
        ? []
        : [violation(R.vertrouwelijkEntitledOnly, entitlementFacts(person, product, date))]
    default: {
      const unknown: never = product.classification
      return unknown
    }
  }
}

/**
 * Whether `person` may read `product` on `date`.
 * @example
 * ```ts
 * const lokaalObRheden = { productId: "lokaal-ob-rheden", kind: "lokaal-ondermijningsbeeld", scope: { kind: "gemeente", municipality: OrganisationId.make("rheden") }, classification: "vertrouwelijk" } as const
 * mayRead(samenWeerbaar(), PersonId.make("burgemeester-rheden"), lokaalObRheden, calendarDate("2016-06-01")) // true
 * ```
 * @category information
 */
export const mayRead = (
  model: GovernanceModel,
  person: PersonId,
  product: ProductAccess,
  date: CalendarDate,
): boolean => readViolations(model, person, product, date).length === 0
