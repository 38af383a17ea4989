import { Schema } from "effect"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { BodyId, PersonId } from "../governance/Ids.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { RuleViolation } from "../kernel/Refusal.js"
import { type Meeting as DecisionRecord, SubstituteAttendance, Vote } from "../routes/commands.js"
import { decisionRuleViolations } from "../routes/rules/decisionRule.js"
import { meetingViolations } from "../routes/rules/meeting.js"
import { DecidedIn } from "./MeetingIds.js"
import { meetingParticulars } from "./meetingParticulars.js"

/**
 * How a body's decision other than on an item (a pilot designation, an exemption, the programme's
 * end) is stored with its event: the body, attendance, substitutes, recusals, votes and the meeting
 * or round (the rationale is the event's own). Optional, so events stored before they were recorded still read.
 * @category meetings
 */
export const RecordedDecisionFields = {
  body: Schema.optional(BodyId),
  attendance: Schema.optional(Schema.Array(PersonId)),
  substitutes: Schema.optional(Schema.Array(SubstituteAttendance)),
  recused: Schema.optional(Schema.Array(PersonId)),
  votes: Schema.optional(Schema.Array(Vote)),
  decidedIn: Schema.optional(DecidedIn),
}

/** The stored form of `body`'s decision with `record`. @category meetings */
export const recordedDecision = (body: BodyId, record: DecisionRecord) => ({
  body,
  attendance: record.attendance,
  recused: record.recused,
  votes: record.votes,
  ...meetingParticulars(record),
})

/**
 * The rules every decision of a body goes through, on an item or not: recorded after its meeting,
 * by members present (substitutes as the model allows), by the body's decision rule.
 * @category meetings
 */
export const bodyDecisionViolations = (
  model: GovernanceModel,
  body: BodyId,
  record: DecisionRecord,
  today: CalendarDate,
): ReadonlyArray<RuleViolation> => [
  ...meetingViolations(model, body, record, today),
  ...decisionRuleViolations(model, body, record),
]
