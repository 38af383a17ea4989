import { inAreaOn, isReferenceOn, successorOn } from "../governance/area.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { Practice } from "./PracticeState.js"
import { trackRules as T } from "./trackRules.js"

/**
 * `track.outside-area` for an act on `municipality`'s track dated `date` (a move's `on`, a
 * meeting's date, else the day of the act): refused unless the
 * municipality is in the programme's area on that date, or is a reference municipality then that
 * the Stuurgroep designated a pilot municipality of the practice. A merged municipality's refusal
 * names its successor. Not an invariant: a model may give it another force.
 *
 * @example
 * ```ts
 * outsideAreaViolations(practice, "deventer", calendarDate("2016-06-01"), samenWeerbaar()) // [track.outside-area]
 * ```
 * @category tracks
 */
export const outsideAreaViolations = (
  practice: Practice,
  municipality: string,
  date: CalendarDate,
  model: Pick<GovernanceModel, "programme" | "organisations">,
): ReadonlyArray<RuleViolation> => {
  // An organisation that is no municipality at all is `track.not-a-municipality`'s.
  if (!model.organisations.some((o) => o.id === municipality && o.kind === "gemeente")) return []
  if (inAreaOn(model, municipality, date)) return []
  if (
    isReferenceOn(model, municipality, date) &&
    practice.pilotMunicipalities.some((d) => d.municipality === municipality)
  ) {
    return []
  }
  const successor = successorOn(model, municipality, date)
  return [violation(T.outsideArea, { municipality, date, successor: successor === municipality ? "" : successor })]
}
