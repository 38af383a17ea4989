import type { BodyId } from "../governance/Ids.js"
import { Clock, Effect } from "effect"
import { addDays, type CalendarDate, dateOf, daysBetween } from "../kernel/CalendarDate.js"

/** A milestone as the agenda reads it: the milestone overview row has this shape. @category milestones */
export interface AgendaMilestone {
  readonly milestoneId: string
  readonly title: string
  readonly ownerBody: BodyId
  readonly dueDate: string
  readonly deliveredOn?: string
}

/** The milestones that are late and those due soon, as of a date. @category milestones */
export interface MilestoneAgenda {
  readonly asOf: CalendarDate
  /** Not delivered and past their due date, the longest overdue first. */
  readonly late: ReadonlyArray<AgendaMilestone & { readonly daysLate: number }>
  /** Not delivered and due within the horizon, the soonest first. */
  readonly upcoming: ReadonlyArray<AgendaMilestone & { readonly daysLeft: number }>
}

/**
 * The late and upcoming milestones as of `asOf`, looking `horizonDays` ahead.
 * @example
 * ```ts
 * milestoneAgenda(rows, calendarDate("2016-09-01"), 30).late.map((m) => m.title)
 * ```
 * @category milestones
 */
export const milestoneAgenda = (
  milestones: ReadonlyArray<AgendaMilestone>,
  asOf: CalendarDate,
  horizonDays: number,
): MilestoneAgenda => {
  const open = milestones.filter((m) => m.deliveredOn === undefined)
  const until = addDays(asOf, horizonDays)
  return {
    asOf,
    late: open
      .filter((m) => m.dueDate < asOf)
      .map((m) => ({ ...m, daysLate: daysBetween(m.dueDate as CalendarDate, asOf) }))
      .sort((a, b) => b.daysLate - a.daysLate || a.milestoneId.localeCompare(b.milestoneId)),
    upcoming: open
      .filter((m) => m.dueDate >= asOf && m.dueDate <= until)
      .map((m) => ({ ...m, daysLeft: daysBetween(asOf, m.dueDate as CalendarDate) }))
      .sort((a, b) => a.daysLeft - b.daysLeft || a.milestoneId.localeCompare(b.milestoneId)),
  }
}

/** {@link milestoneAgenda} as of today, read through Effect's `Clock` (so `TestClock` sets it). @category milestones */
export const milestoneAgendaToday = (
  milestones: ReadonlyArray<AgendaMilestone>,
  horizonDays: number,
): Effect.Effect<MilestoneAgenda> =>
  Effect.map(Clock.currentTimeMillis, (ms) => milestoneAgenda(milestones, dateOf(new Date(ms)), horizonDays))
