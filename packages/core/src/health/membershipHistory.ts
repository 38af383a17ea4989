import { addDays, type CalendarDate } from "../kernel/CalendarDate.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { Membership } from "../governance/Membership.js"

/** A governance model as adopted on a date. @category health */
export interface Adoption {
  readonly model: GovernanceModel
  readonly adoptedOn: CalendarDate
}

const seatKey = (m: Membership) => `${m.person}|${m.body}|${m.role}|${m.from}`

/**
 * Every membership over time, from successive adopted models: the latest model's memberships,
 * plus those an earlier model held and a later one dropped — ended the day before the later
 * model was adopted (or earlier, when they ended so).
 *
 * @example
 * ```ts
 * membershipHistory([{ model: v1, adoptedOn: "2016-01-01" }, { model: v2, adoptedOn: "2016-09-01" }])
 * ```
 * @category health
 */
export const membershipHistory = (adoptions: ReadonlyArray<Adoption>): ReadonlyArray<Membership> => {
  const latest = adoptions.at(-1)
  if (latest === undefined) return []
  const dropped = new Map<string, Membership>()
  adoptions.slice(0, -1).forEach((adoption, index) => {
    const next = adoptions[index + 1]
    if (next === undefined) return
    const kept = new Set(next.model.memberships.map(seatKey))
    const end = addDays(next.adoptedOn, -1)
    for (const m of adoption.model.memberships) {
      if (kept.has(seatKey(m)) || end < m.from) continue
      dropped.set(seatKey(m), m.to !== undefined && m.to <= end ? m : new Membership({ ...m, to: end }))
    }
  })
  const current = new Set(latest.model.memberships.map(seatKey))
  return [...latest.model.memberships, ...[...dropped.values()].filter((m) => !current.has(seatKey(m)))]
}
