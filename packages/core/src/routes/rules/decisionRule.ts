import type { BodyId, PersonId } from "../../governance/Ids.js"
import { defineRule, type RuleViolation, violation } from "../../kernel/Refusal.js"
import type { GovernanceModel } from "../../governance/GovernanceModel.js"
import { findBody, votingMembersOn } from "../../governance/queries.js"
import type { Meeting } from "../commands.js"
import { effectiveMeeting } from "./substitution.js"

export const quorumNotMet = defineRule<{
  body: string
  present: number
  required: number
  entitled: number
  quorumPercent: number
}>()({
  code: "decision.quorum-not-met",
  rule: {
    nl: "Een orgaan besluit alleen als het quorum van zijn besluitregel aanwezig is; leden met een belangenconflict tellen niet mee.",
    en: "A body decides only when the quorum of its decision rule is present; members with a conflict of interest do not count.",
  },
  explain: (f) => ({
    nl: `${f.body}: ${f.present} van ${f.entitled} stemgerechtigde leden aanwezig, ${f.required} nodig (quorum ${f.quorumPercent}%).`,
    en: `${f.body}: ${f.present} of ${f.entitled} entitled members present, ${f.required} needed (quorum ${f.quorumPercent}%).`,
  }),
})

export const noMembersPresent = defineRule<{ body: string }>()({
  code: "decision.no-members-present",
  rule: {
    nl: "Een besluit wordt genomen door aanwezige stemgerechtigde leden.",
    en: "A decision is taken by entitled members who are present.",
  },
  explain: (f) => ({
    nl: `Er was geen stemgerechtigd lid van ${f.body} aanwezig.`,
    en: `No entitled member of ${f.body} was present.`,
  }),
})

const voterReasons: Readonly<Record<string, { readonly nl: string; readonly en: string }>> = {
  recused: { nl: "belangenconflict gemeld", en: "declared a conflict of interest" },
  absent: { nl: "niet aanwezig", en: "not present" },
  "not-entitled": { nl: "geen stemgerechtigd lid", en: "not an entitled member" },
  "voted-twice": { nl: "heeft al gestemd", en: "voted already" },
}

export const voterNotEntitled = defineRule<{ person: string; reason: string }>()({
  code: "decision.voter-not-entitled",
  invariant: true,
  rule: {
    nl: "Alleen aanwezige stemgerechtigde leden zonder belangenconflict stemmen.",
    en: "Only entitled members who are present and have no conflict of interest vote.",
  },
  explain: (f) => ({
    nl: `${f.person} mag niet stemmen: ${(voterReasons[f.reason] ?? voterReasons["not-entitled"]!).nl}.`,
    en: `${f.person} may not vote: ${(voterReasons[f.reason] ?? voterReasons["not-entitled"]!).en}.`,
  }),
})

export const votesRequired = defineRule<{ body: string; method: string; missing: ReadonlyArray<string> }>()({
  code: "decision.votes-required",
  rule: {
    nl: "Bij een besluit bij meerderheid of unanimiteit worden de stemmen per lid vastgelegd.",
    en: "A decision by majority or unanimity records the votes per member.",
  },
  explain: (f) => ({
    nl: `${f.body} besluit bij ${f.method === "majority" ? "meerderheid" : "unanimiteit"}; stemmen ontbreken${f.missing.length > 0 ? ` van ${f.missing.join(", ")}` : ""}.`,
    en: `${f.body} decides by ${f.method}; votes are missing${f.missing.length > 0 ? ` from ${f.missing.join(", ")}` : ""}.`,
  }),
})

export const ruleNotSatisfied = defineRule<{
  body: string
  method: string
  for: number
  against: number
  abstained: number
}>()({
  code: "decision.rule-not-satisfied",
  rule: {
    nl: "Een besluit voldoet aan de besluitregel van het orgaan: consensus, meerderheid van uitgebrachte stemmen of unanimiteit.",
    en: "A decision satisfies the body's decision rule: consensus, majority of votes cast, or unanimity.",
  },
  explain: (f) => ({
    nl: `${f.body} besluit bij ${f.method === "consensus" ? "consensus" : f.method === "majority" ? "meerderheid" : "unanimiteit"}, maar de stemming was ${f.for} voor, ${f.against} tegen, ${f.abstained} onthouding.`,
    en: `${f.body} decides by ${f.method}, but the vote was ${f.for} for, ${f.against} against, ${f.abstained} abstaining.`,
  }),
})

/**
 * The persons who carried a decision: under consensus every entitled member present, otherwise
 * the members who voted for it.
 * @category routes
 */
export const approversOf = (model: GovernanceModel, body: BodyId, record: Meeting): ReadonlyArray<PersonId> => {
  const meeting = effectiveMeeting(record)
  const recused = new Set<string>(meeting.recused)
  const entitled = votingMembersOn(model, body, meeting.meetingDate).filter((p) => !recused.has(p))
  const rule = findBody(model, body)
  if (rule._tag === "Some" && rule.value.decisionRule.method === "consensus") {
    return entitled.filter((p) => meeting.attendance.includes(p))
  }
  return meeting.votes.filter((v) => v.vote === "for").map((v) => v.member)
}

/**
 * Applies a body's decision rule to a meeting, substitutes counting in their members' places: the quorum of entitled non-recused members, votes
 * only from those present and entitled, and consensus, majority of votes cast or unanimity.
 * Returns every rule the meeting does not satisfy.
 * @category routes
 */
export const decisionRuleViolations = (
  model: GovernanceModel,
  bodyId: BodyId,
  record: Meeting,
): ReadonlyArray<RuleViolation> => {
  const meeting = effectiveMeeting(record)
  const body = findBody(model, bodyId)
  if (body._tag === "None") return []
  const { method, quorumPercent } = body.value.decisionRule
  const violations: Array<RuleViolation> = []
  const recused = new Set<string>(meeting.recused)
  const entitled = votingMembersOn(model, bodyId, meeting.meetingDate).filter((p) => !recused.has(p))
  const present = entitled.filter((p) => meeting.attendance.includes(p))

  if (present.length === 0) violations.push(violation(noMembersPresent, { body: bodyId }))
  if (quorumPercent !== undefined) {
    const required = Math.ceil((quorumPercent * entitled.length) / 100)
    if (present.length < required) {
      violations.push(
        violation(quorumNotMet, {
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
    if (reason !== undefined) violations.push(violation(voterNotEntitled, { person: member, reason }))
    voters.add(member)
  }
  const count = (v: "for" | "against" | "abstain") => meeting.votes.filter((x) => x.vote === v).length
  const tally = { for: count("for"), against: count("against"), abstained: count("abstain") }
  const unsatisfied = () => violation(ruleNotSatisfied, { body: bodyId, method, ...tally })
  switch (method) {
    case "consensus":
      if (tally.against > 0) violations.push(unsatisfied())
      break
    case "majority":
      if (meeting.votes.length === 0) {
        violations.push(violation(votesRequired, { body: bodyId, method, missing: [] }))
      } else if (tally.for <= tally.against) violations.push(unsatisfied())
      break
    case "unanimity": {
      const missing = present.filter((p) => !voters.has(p))
      if (missing.length > 0) violations.push(violation(votesRequired, { body: bodyId, method, missing }))
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
