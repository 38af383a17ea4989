import { Governance, Kernel } from "@weerbaar/core"

/**
 * The record of a meeting of `body` on `date` in which every entitled member is present and agrees
 * (consensus), for a decision command's fields: `new GrantExemption({ …, ...meetingOf(model, "dvo",
 * "2016-06-01"), reason })`.
 * @category testing
 */
export const meetingOf = (
  model: Governance.GovernanceModel,
  body: string,
  date: string | Kernel.CalendarDate,
  rationale = "Besproken in de vergadering.",
) => ({
  meetingDate: Kernel.calendarDate(date),
  attendance: Governance.votingMembersOn(model, Governance.BodyId.make(body), Kernel.calendarDate(date)),
  rationale,
})
