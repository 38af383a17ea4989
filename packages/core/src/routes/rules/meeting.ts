import type { BodyId } from "../../governance/Ids.js"
import type { CalendarDate } from "../../kernel/CalendarDate.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { GovernanceModel } from "../../governance/GovernanceModel.js"
import { membersOn } from "../../governance/queries.js"
import type { Meeting } from "../commands.js"
import type { Item } from "../ItemState.js"
import { effectiveMeeting, substitutionViolations } from "./substitution.js"

export const meetingInFuture = defineRule<{ meetingDate: string; today: string }>()({
  code: "decision.meeting-in-future",
  rule: { nl: "Een besluit wordt vastgelegd na de vergadering.", en: "A decision is recorded after the meeting." },
  explain: (f) => ({
    nl: `De vergaderdatum ${f.meetingDate} ligt na vandaag (${f.today}).`,
    en: `The meeting date ${f.meetingDate} is after today (${f.today}).`,
  }),
})

export const submissionInFuture = defineRule<{ submittedOn: string; today: string }>()({
  code: "submission.in-future",
  rule: {
    nl: "Een stuk wordt ingediend op de dag zelf of eerder.",
    en: "An item is submitted on the day itself or earlier.",
  },
  explain: (f) => ({
    nl: `De indiening op ${f.submittedOn} ligt na vandaag (${f.today}).`,
    en: `The submission on ${f.submittedOn} is after today (${f.today}).`,
  }),
})

export const meetingBeforeSubmission = defineRule<{ meetingDate: string; submittedOn: string }>()({
  code: "decision.meeting-before-submission",
  rule: {
    nl: "Een orgaan besluit over een stuk nadat het is ingediend.",
    en: "A body decides on an item after it was submitted.",
  },
  explain: (f) => ({
    nl: `De vergadering van ${f.meetingDate} was vóór de indiening op ${f.submittedOn}.`,
    en: `The meeting of ${f.meetingDate} was before the submission on ${f.submittedOn}.`,
  }),
})

export const attendeeNotMember = defineRule<{ person: string; body: string; date: string }>()({
  code: "decision.attendee-not-member",
  invariant: true,
  rule: {
    nl: "Bij de besluitvorming tellen alleen leden van het orgaan op de vergaderdatum.",
    en: "Only members of the body on the meeting date count in its decision.",
  },
  explain: (f) => ({
    nl: `${f.person} was op ${f.date} geen lid van ${f.body}.`,
    en: `${f.person} was not a member of ${f.body} on ${f.date}.`,
  }),
})

/**
 * A decision is recorded after its meeting, everyone recorded as present or recused (a substitute
 * in the member's place) was a member of the body on the meeting's date, and every substitution is
 * one the model allows.
 * @category routes
 */
export const meetingViolations = (
  model: GovernanceModel,
  body: BodyId,
  meeting: Meeting,
  today: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  const date = meeting.meetingDate
  const violations: Array<RuleViolation> = []
  if (date > today) violations.push(violation(meetingInFuture, { meetingDate: date, today }))
  const members = new Set<string>(membersOn(model, body, date).map((m) => m.person))
  const counted = effectiveMeeting(meeting)
  for (const person of new Set([...counted.attendance, ...counted.recused])) {
    if (!members.has(person)) violations.push(violation(attendeeNotMember, { person, body, date }))
  }
  violations.push(...substitutionViolations(model, body, meeting))
  return violations
}

/** A body decides on an item in a meeting not before the item was submitted. @category routes */
export const submissionDateViolations = (meeting: Meeting, item: Item): ReadonlyArray<RuleViolation> =>
  item.submittedOn !== undefined && meeting.meetingDate < item.submittedOn
    ? [violation(meetingBeforeSubmission, { meetingDate: meeting.meetingDate, submittedOn: item.submittedOn })]
    : []
