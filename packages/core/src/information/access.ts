import type { PersonId } from "../governance/Ids.js"
import { Option } from "effect"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { Level } from "../governance/Body.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { isActiveOn } from "../governance/Membership.js"
import { findPerson } from "../governance/queries.js"
import type { Classification } from "./InsightsBundle.js"
import { informationRules as R } from "./rules.js"

/** The levels whose bodies are the programme's own: DVO, Stuurgroep and expert groups. @category information */
export const programmeLevels: ReadonlyArray<Level> = ["bestuurlijk", "besturing", "beleid"]

/** Whether `person` is a member of a body of the programme (not of the network) on `date`. @category information */
export const isProgrammeMember = (model: GovernanceModel, person: string, date: CalendarDate): boolean => {
  const own = new Set<string>(model.bodies.filter((b) => programmeLevels.includes(b.level)).map((b) => b.id))
  return model.memberships.some((m) => m.person === person && own.has(m.body) && isActiveOn(m, date))
}

/**
 * Whether `person` holds an entitlement to `vertrouwelijk` products on `date`: for themselves, or
 * through their organisation.
 * @category information
 */
export const isEntitled = (model: GovernanceModel, person: PersonId, date: CalendarDate): boolean => {
  const organisation = Option.getOrUndefined(Option.map(findPerson(model, person), (p) => p.organisation))
  return model.entitlements.some(
    (e) =>
      e.grant === "vertrouwelijk" &&
      e.from <= date &&
      (e.to === undefined || date <= e.to) &&
      (e.person === person || (organisation !== undefined && e.organisation === organisation)),
  )
}

/**
 * The rules a read of a product of `classification` violates: none for `openbaar`; membership of
 * a programme body for `intern`; an explicit entitlement for `vertrouwelijk`.
 * @category information
 */
export const readViolations = (
  model: GovernanceModel,
  person: PersonId,
  product: string,
  classification: Classification,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  switch (classification) {
    case "openbaar":
      return []
    case "intern":
      return isProgrammeMember(model, person, date) ? [] : [violation(R.internMembersOnly, { person, product, date })]
    case "vertrouwelijk":
      return isEntitled(model, person, date) ? [] : [violation(R.vertrouwelijkEntitledOnly, { person, product, date })]
    default: {
      const unknown: never = classification
      return unknown
    }
  }
}

/**
 * Whether `person` may read a product of `classification` on `date`.
 * @example
 * ```ts
 * mayRead(samenWeerbaar(), PersonId.make("lid-eg-oc-riec"), "vertrouwelijk", calendarDate("2016-06-01")) // true
 * ```
 * @category information
 */
export const mayRead = (
  model: GovernanceModel,
  person: PersonId,
  classification: Classification,
  date: CalendarDate,
): boolean => readViolations(model, person, "", classification, date).length === 0
