import type { CalendarDate } from "../kernel/CalendarDate.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import { findBody, membersOn, votingMembersOn } from "../governance/queries.js"
import type { Meeting } from "./commands.js"
import { routeRules } from "./rules.js"

/**
 * The persons who carried a decision: under consensus every entitled member present, otherwise
 * the members who voted for it.
 * @category routes
 */
export const approversOf = (model: GovernanceModel, body: string, meeting: Meeting): ReadonlyArray<string> => {
  const recused = new Set<string>(meeting.recused)
  const entitled = votingMembersOn(model, body, meeting.meetingDate).filter((p) => !recused.has(p))
  const rule = findBody(model, body)
  if (rule._tag === "Some" && rule.value.decisionRule.method === "consensus") {
    return entitled.filter((p) => meeting.attendance.includes(p))
  }
  return meeting.votes.filter((v) => v.vote === "for").map((v) => v.member)
}

/**
 * Applies a body's decision rule to a meeting: attendance by members, the quorum of entitled
 * non-recused members, votes only from those present and entitled, and consensus, majority of
 * votes cast or unanimity. Returns every rule the meeting does not satisfy.
 * @category routes
 */
export const meetingViolations = (
  model: GovernanceModel,
  bodyId: string,
  meeting: Meeting,
  today: CalendarDate,
): ReadonlyArray<RuleViolation> => {
  const body = findBody(model, bodyId)
  if (body._tag === "None") return []
  const { method, quorumPercent } = body.value.decisionRule
  const date = meeting.meetingDate
  const violations: Array<RuleViolation> = []
  if (date > today) violations.push(violation(routeRules.meetingInFuture, { meetingDate: date, today }))

  const members = new Set<string>(membersOn(model, bodyId, date).map((m) => m.person))
  for (const person of new Set([...meeting.attendance, ...meeting.recused])) {
    if (!members.has(person)) violations.push(violation(routeRules.attendeeNotMember, { person, body: bodyId, date }))
  }
  const recused = new Set<string>(meeting.recused)
  const entitled = votingMembersOn(model, bodyId, date).filter((p) => !recused.has(p))
  const present = entitled.filter((p) => meeting.attendance.includes(p))

  if (present.length === 0) violations.push(violation(routeRules.noMembersPresent, { body: bodyId }))
  if (quorumPercent !== undefined) {
    const required = Math.ceil((quorumPercent * entitled.length) / 100)
    if (present.length < required) {
      violations.push(
        violation(routeRules.quorumNotMet, {
          body: bodyId,
          present: present.length,
          required,
          entitled: entitled.length,
          quorumPercent,
        }),
      )
    }
  }

  const voters = new Set<string>()
  for (const { member } of meeting.votes) {
    const reason = recused.has(member)
      ? "recused"
      : !entitled.includes(member)
        ? "not-entitled"
        : !present.includes(member)
          ? "absent"
          : voters.has(member)
            ? "voted-twice"
            : undefined
    if (reason !== undefined) violations.push(violation(routeRules.voterNotEntitled, { person: member, reason }))
    voters.add(member)
  }
  const count = (v: "for" | "against" | "abstain") => meeting.votes.filter((x) => x.vote === v).length
  const tally = { for: count("for"), against: count("against"), abstained: count("abstain") }
  const unsatisfied = () => violation(routeRules.ruleNotSatisfied, { body: bodyId, method, ...tally })
  switch (method) {
    case "consensus":
      if (tally.against > 0) violations.push(unsatisfied())
      break
    case "majority":
      if (meeting.votes.length === 0) {
        violations.push(violation(routeRules.votesRequired, { body: bodyId, method, missing: [] }))
      } else if (tally.for <= tally.against) violations.push(unsatisfied())
      break
    case "unanimity": {
      const missing = present.filter((p) => !voters.has(p))
      if (missing.length > 0) violations.push(violation(routeRules.votesRequired, { body: bodyId, method, missing }))
      else if (tally.for !== present.length || tally.for === 0) violations.push(unsatisfied())
      break
    }
    default: {
      const unknown: never = method
      return unknown
    }
  }
  return violations
}
