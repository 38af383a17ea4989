import type { GovernanceModel } from "../../governance/GovernanceModel.js"
import type { BodyId } from "../../governance/Ids.js"
import { findBody } from "../../governance/queries.js"
import { substitutionHoldsOn } from "../../governance/Substitution.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { Meeting } from "../commands.js"

const reasons: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  "not-allowed": { nl: "het model staat die vervanging niet toe", en: "the model does not allow that substitution" },
  "member-present": { nl: "het lid was zelf aanwezig", en: "the member attended in person" },
  twice: { nl: "het lid werd al vervangen", en: "the member was substituted already" },
}

export const substituteNotAllowed = defineRule<{
  substitute: string
  member: string
  body: string
  date: string
  reason: string
}>()({
  code: "decision.substitute-not-allowed",
  invariant: true,
  rule: {
    nl: "Een vervanger neemt alleen de plaats in van een afwezig lid voor wie het model die vervanging toestaat.",
    en: "A substitute takes only the place of an absent member for whom the model allows that substitution.",
  },
  explain: (f) => ({
    nl: `${f.substitute} kan ${f.member} in ${f.body} op ${f.date} niet vervangen: ${(reasons[f.reason] ?? reasons["not-allowed"]!).nl}.`,
    en: `${f.substitute} cannot substitute for ${f.member} in ${f.body} on ${f.date}: ${(reasons[f.reason] ?? reasons["not-allowed"]!).en}.`,
  }),
})

/** The substitutions of a meeting record the model does not allow. @category routes */
export const substitutionViolations = (
  model: GovernanceModel,
  body: BodyId,
  meeting: Meeting,
): ReadonlyArray<RuleViolation> => {
  const found = findBody(model, body)
  const allowed = found._tag === "Some" ? (found.value.substitutes ?? []) : []
  const seen = new Set<string>()
  const violations: Array<RuleViolation> = []
  for (const { member, substitute } of meeting.substitutes) {
    const reason = !allowed.some(
      (s) => s.member === member && s.substitute === substitute && substitutionHoldsOn(s, meeting.meetingDate),
    )
      ? "not-allowed"
      : meeting.attendance.includes(member)
        ? "member-present"
        : seen.has(member)
          ? "twice"
          : undefined
    seen.add(member)
    if (reason !== undefined) {
      violations.push(violation(substituteNotAllowed, { substitute, member, body, date: meeting.meetingDate, reason }))
    }
  }
  return violations
}

/**
 * The meeting record as the decision rule counts it: each substitute present in the member's place,
 * their vote and recusal as the member's.
 * @category routes
 */
export const effectiveMeeting = <M extends Meeting>(meeting: M): M => {
  if (meeting.substitutes.length === 0) return meeting
  const memberOf = new Map<string, string>(meeting.substitutes.map((s) => [s.substitute, s.member]))
  const as = <P extends string>(person: P): P => (memberOf.get(person) as P | undefined) ?? person
  return {
    ...meeting,
    attendance: [...new Set([...meeting.attendance, ...meeting.substitutes.map((s) => s.member)])],
    recused: meeting.recused.map(as),
    votes: meeting.votes.map((v) => ({ member: as(v.member), vote: v.vote })),
  }
}
