/**
 * Meetings and written rounds: a body's meeting (vergadering) with its agenda, attendance,
 * substitutes, recusals, votes, decisions per point and action points, closed and then adopted;
 * the written round (schriftelijke ronde); the policies that put every body decision on its
 * meeting's besluitenlijst; the besluitenlijst; and the `Meetings` service.
 *
 * @module
 */
export * from "./meetings/MeetingIds.js"
export * from "./meetings/meetingCommands.js"
export * from "./meetings/meetingEvents.js"
export * from "./meetings/MeetingState.js"
export * from "./meetings/meetingEventsOf.js"
export * from "./meetings/meetingDecider.js"
export * from "./meetings/meetingParticulars.js"
export * from "./meetings/pointRecord.js"
export * from "./meetings/subjectLabel.js"
export * from "./meetings/decisionWords.js"
export * from "./meetings/recordedDecision.js"
export * from "./meetings/rules/meetingExistence.js"
export * from "./meetings/rules/meetingClosed.js"
export * from "./meetings/rules/agendaPoint.js"
export * from "./meetings/rules/presence.js"
export * from "./meetings/rules/writtenRound.js"
export * from "./meetings/writtenRoundCommands.js"
export * from "./meetings/writtenRoundEvents.js"
export * from "./meetings/WrittenRoundState.js"
export * from "./meetings/roundRecord.js"
export * from "./meetings/writtenRoundDecider.js"
export * from "./meetings/decidedInPolicy.js"
export * from "./meetings/routeDecisionPolicy.js"
export * from "./meetings/decisionPolicies.js"
export * from "./meetings/minutesPolicy.js"
export * from "./meetings/meetingReadModels.js"
export * from "./meetings/besluitenlijst.js"
export * from "./application/Meetings.js"
