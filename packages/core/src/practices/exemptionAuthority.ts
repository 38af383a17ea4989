import { bestuurlijkBodiesFor } from "../governance/area.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { BodyId, type PersonId } from "../governance/Ids.js"
import { mayActFor } from "../governance/queries.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { trackRules as T } from "./trackRules.js"

/**
 * Who may record the DVO's exemption of `municipality`: a person acting on `date` for a
 * bestuurlijk body that decides for it ({@link bestuurlijkBodiesFor} — the DVO whose area holds
 * it, or the one without an area). A person acting for the DVO of another district is refused with
 * `track.body-outside-area`; anyone else with `authority.not-a-member`. Both are invariants.
 *
 * @example
 * ```ts
 * exemptionAuthorityViolations(vnonNetwerk(), "voorzitter-dvo-twente", "ede", date) // [track.body-outside-area]
 * ```
 * @category tracks
 */
export const exemptionAuthorityViolations = (
  model: GovernanceModel,
  actor: PersonId,
  municipality: string,
  date: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  const competent = bestuurlijkBodiesFor(model, municipality)
  if (competent.some((b) => mayActFor(model, actor, b.id, date))) return []
  const other = model.bodies.find(
    (b) =>
      b.level === "bestuurlijk" &&
      b.area !== undefined &&
      !competent.includes(b) &&
      mayActFor(model, actor, b.id, date),
  )
  if (other !== undefined) return [violation(T.bodyOutsideArea, { person: actor, body: other.id, municipality })]
  const body = competent[0]?.id ?? BodyId.make("bestuurlijk")
  return [violation(mayNotActFor, { person: actor, body, date })]
}

/**
 * The bestuurlijk body whose decision exempts `municipality`: the one deciding for it that `actor`
 * acts for on `date`, else the first that decides for it.
 * @category tracks
 */
export const exemptingBody = (
  model: GovernanceModel,
  actor: PersonId,
  municipality: string,
  date: CalendarDate,
): BodyId => {
  const competent = bestuurlijkBodiesFor(model, municipality)
  return (competent.find((b) => mayActFor(model, actor, b.id, date)) ?? competent[0])?.id ?? BodyId.make("bestuurlijk")
}
