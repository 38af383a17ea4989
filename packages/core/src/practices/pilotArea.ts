import { inAreaOn, isReferenceOn, successorOn } from "../governance/area.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"

/**
 * Whether `municipality` may host a pilot on `date`: it is in the programme's area then, or a
 * reference municipality outside it (Kampen and Enschede for DRIO's network analysis).
 * @category practices
 */
export const hostsPilotsOn = (
  model: Pick<GovernanceModel, "programme">,
  municipality: string,
  date: CalendarDate,
): boolean => inAreaOn(model, municipality, date) || isReferenceOn(model, municipality, date)

/** The facts of `track.outside-area` for a pilot designation outside the area. @category practices */
export const pilotOutsideArea = (
  model: Pick<GovernanceModel, "programme">,
  command: { readonly municipality: string; readonly meetingDate: CalendarDate },
): { municipality: string; date: string; successor: string } => {
  const successor = successorOn(model, command.municipality, command.meetingDate)
  return {
    municipality: command.municipality,
    date: command.meetingDate,
    successor: successor === command.municipality ? "" : successor,
  }
}
