import { Schema } from "effect"
import { CalendarDate } from "../kernel/CalendarDate.js"
import { PersonId } from "./Ids.js"

/**
 * Who may substitute for whom in a body's meetings: the loco-burgemeester for a burgemeester, a
 * plaatsvervangend hoofdofficier for the hoofdofficier. Present in the member's place, the
 * substitute counts and votes as that member. Valid from a date until an optional last date.
 * @category governance
 */
export class Substitution extends Schema.Class<Substitution>("Substitution")({
  member: PersonId,
  substitute: PersonId,
  from: Schema.optional(CalendarDate),
  to: Schema.optional(CalendarDate),
}) {}

/**
 * Whether and how a body decides by written round (schriftelijke ronde): with tacit consent (a
 * member who has not answered by the deadline agrees) and whether a single objection moves the
 * proposal to the next meeting.
 * @category governance
 */
export class WrittenRoundRule extends Schema.Class<WrittenRoundRule>("WrittenRoundRule")({
  tacitConsent: Schema.Boolean,
  objectionMovesToMeeting: Schema.Boolean,
}) {}

/** Whether `substitution` holds on `date`. @category governance */
export const substitutionHoldsOn = (substitution: Substitution, date: CalendarDate): boolean =>
  (substitution.from === undefined || substitution.from <= date) &&
  (substitution.to === undefined || date <= substitution.to)
