import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { PersonId } from "../governance/Ids.js"
import { findBody } from "../governance/queries.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import type { Meeting as DecisionRecord, Vote } from "../routes/commands.js"
import { decisionRuleViolations } from "../routes/rules/decisionRule.js"
import type { RoundResult } from "./writtenRoundEvents.js"
import type { WrittenRound } from "./WrittenRoundState.js"

const asVote: Record<string, Vote["vote"]> = { agree: "for", object: "against", abstain: "abstain" }

/**
 * The members who consent tacitly when the round closes on `on`: where the body's model allows
 * tacit consent and the deadline has come, every member asked who did not answer.
 * @category meetings
 */
export const tacitConsenters = (
  model: GovernanceModel,
  round: WrittenRound,
  on: CalendarDate,
): ReadonlyArray<PersonId> => {
  const body = findBody(model, round.body)
  const tacit = body._tag === "Some" && body.value.writtenRound?.tacitConsent === true && on >= round.deadline
  return tacit ? round.sentTo.filter((p) => !round.responses.some((r) => r.member === p)) : []
}

/**
 * A written round as the record of a decision closed on `on`: who answered (and who consented
 * tacitly) counts as present, each answer as a vote.
 * @category meetings
 */
export const roundRecord = (
  model: GovernanceModel,
  round: WrittenRound,
  on: CalendarDate,
  rationale: string,
): DecisionRecord => {
  const tacit = round.closed?.tacit ?? tacitConsenters(model, round, on)
  return {
    meetingDate: on,
    attendance: [...round.responses.map((r) => r.member), ...tacit],
    substitutes: [],
    recused: [],
    votes: [
      ...round.responses.map((r) => ({ member: r.member, vote: asVote[r.response]! })),
      ...tacit.map((member) => ({ member, vote: "for" as const })),
    ],
    rationale,
    decidedIn: { writtenRoundId: round.writtenRoundId },
  }
}

/**
 * How the round ends when closed on `on`: an objection moves it to the next meeting where the model
 * says so; otherwise the body's decision rule over the answers decides.
 * @category meetings
 */
export const roundResult = (model: GovernanceModel, round: WrittenRound, on: CalendarDate): RoundResult => {
  const body = findBody(model, round.body)
  const moves = body._tag === "Some" && body.value.writtenRound?.objectionMovesToMeeting === true
  if (moves && round.responses.some((r) => r.response === "object")) return "naar-vergadering"
  return decisionRuleViolations(model, round.body, roundRecord(model, round, on, round.proposal)).length === 0
    ? "aangenomen"
    : "verworpen"
}
