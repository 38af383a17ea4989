import { type CalendarDate, dateOf, type Timestamp } from "../kernel/CalendarDate.js"

// The fields in which commands carry the date their act happened: a body's meeting, a track's
// move, an information product started or delivered, a milestone delivered.
const dateFields = ["meetingDate", "on", "startedOn", "deliveredOn"] as const

/**
 * The date of the act a command records: the meeting's date, the date a track moved, a product
 * was started or delivered; for a command without one (a draft, a submission), the day it is
 * executed. The version of the rule book in force on that date judges the act, also when it is
 * recorded later.
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
