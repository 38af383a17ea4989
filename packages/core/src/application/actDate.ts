import { type CalendarDate, dateOf, type Timestamp } from "../kernel/CalendarDate.js"

// The fields in which commands carry the date their act happened: a body's meeting, a track's
// move or maatwerk note, a pilot, an execution or an information product started, a product or a
// milestone delivered, a partner's part confirmed, money spent.
const dateFields = ["meetingDate", "on", "startedOn", "deliveredOn", "confirmedOn", "spentOn"] as const

/**
 * The date of the act a command records: the meeting's date, the date a track moved or its
 * maatwerk was noted, a pilot, an execution or a product was started, a product or milestone was
 * delivered, a partner confirmed its part, money was spent; for a command without one (a draft, a
 * submission), the day it is executed. The version of the rule book in force on that date judges
 * the act, also when it is recorded later.
 * @category application
 */
export const actDateOf = (command: unknown, now: Timestamp): CalendarDate => {
  if (typeof command === "object" && command !== null) {
    const fields = command as Record<string, unknown>
    for (const field of dateFields) {
      const value = fields[field]
      if (typeof value === "string") return value as CalendarDate
    }
  }
  return dateOf(now)
}
