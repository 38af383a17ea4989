import type { DecidedIn } from "./MeetingIds.js"
import type { SubstituteAttendance } from "../routes/commands.js"

/**
 * The parts of a decision's meeting record that are stored only where present — substitutes and
 * the meeting or written round it was taken in — so a decision without them is stored as before.
 * @category meetings
 */
export const meetingParticulars = (record: {
  readonly substitutes: ReadonlyArray<SubstituteAttendance>
  readonly decidedIn?: DecidedIn | undefined
}): { substitutes?: ReadonlyArray<SubstituteAttendance>; decidedIn?: DecidedIn } => ({
  ...(record.substitutes.length > 0 ? { substitutes: record.substitutes } : {}),
  ...(record.decidedIn === undefined ? {} : { decidedIn: record.decidedIn }),
})
