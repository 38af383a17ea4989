import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { BodyId } from "../governance/Ids.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { type Policy, type ReadStates, reactWith } from "../kernel/Policy.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { DecisionId, Meeting as DecisionRecord } from "../routes/commands.js"
import type { AgendaSubject } from "./meetingCommands.js"
import { meetingAggregate } from "./meetingDecider.js"
import { meetingStreamId } from "./meetingEvents.js"
import { NotePointDecision } from "./meetingCommands.js"
import type { MeetingState } from "./MeetingState.js"
import { pointRecord } from "./pointRecord.js"
import { roundRecord } from "./roundRecord.js"
import { meetingNotFound } from "./rules/meetingExistence.js"
import { recordDiffers } from "./rules/presence.js"
import { writtenRoundRules } from "./rules/writtenRound.js"
import { NoteRoundDecision } from "./writtenRoundCommands.js"
import { writtenRoundAggregate } from "./writtenRoundDecider.js"
import { writtenRoundStreamId } from "./writtenRoundEvents.js"
import type { WrittenRoundState } from "./WrittenRoundState.js"

/** A body's decision as a command states it: who decided, with what record, about what. @category meetings */
export interface BodyDecision {
  readonly body: BodyId
  readonly decisionId: DecisionId
  /** The decision in words, as the besluitenlijst gives it. */
  readonly decision: string
  readonly subject: AgendaSubject
  readonly record: DecisionRecord
}

const sameSet = (a: ReadonlyArray<string>, b: ReadonlyArray<string>) =>
  a.length === b.length && [...a].sort().join("\n") === [...b].sort().join("\n")

/** The fields of `record` that differ from `expected`, the meeting's or round's own record. @category meetings */
export const recordDifferences = (record: DecisionRecord, expected: DecisionRecord): ReadonlyArray<string> => [
  ...(record.meetingDate === expected.meetingDate ? [] : ["datum"]),
  ...(sameSet(record.attendance, expected.attendance) ? [] : ["aanwezigheid"]),
  ...(sameSet(
    record.substitutes.map((s) => `${s.member}>${s.substitute}`),
    expected.substitutes.map((s) => `${s.member}>${s.substitute}`),
  )
    ? []
    : ["vervanging"]),
  ...(sameSet(record.recused, expected.recused) ? [] : ["belangenconflicten"]),
  ...(sameSet(
    record.votes.map((v) => `${v.member}=${v.vote}`),
    expected.votes.map((v) => `${v.member}=${v.vote}`),
  )
    ? []
    : ["stemmen"]),
]

const checkAgainst = (
  decision: BodyDecision,
  read: ReadStates,
  model: GovernanceModel,
): ReadonlyArray<RuleViolation> => {
  const where = decision.record.decidedIn
  if (where === undefined) return []
  if ("meetingId" in where) {
    const meeting = read.get(meetingStreamId(where.meetingId)) as MeetingState | undefined
    if (meeting === undefined || !meeting.exists) return [violation(meetingNotFound, { meeting: where.meetingId })]
    const expected = pointRecord(meeting, where.point, decision.record.rationale)
    const differs = [
      ...(meeting.body === decision.body ? [] : ["orgaan"]),
      ...recordDifferences(decision.record, expected),
    ]
    return differs.map((field) => violation(recordDiffers, { field, meeting: where.meetingId }))
  }
  const round = read.get(writtenRoundStreamId(where.writtenRoundId)) as WrittenRoundState | undefined
  if (round === undefined || !round.exists)
    return [violation(writtenRoundRules.notFound, { round: where.writtenRoundId })]
  const expected = roundRecord(model, round, decision.record.meetingDate, decision.record.rationale)
  const differs = [...(round.body === decision.body ? [] : ["orgaan"]), ...recordDifferences(decision.record, expected)]
  return differs.map((field) => violation(recordDiffers, { field, meeting: where.writtenRoundId }))
}

/**
 * The policy of a decision taken in a meeting or a written round (`decidedIn`): the decision carries
 * the attendance, substitutes, recusals and votes recorded there, by the same body; and the meeting's
 * point, or the round, records the decision — in the same transaction. `decisionOf` reads a
 * command's decision; `decisionTags` are the events that record it.
 * @category meetings
 */
export const decidedInPolicy = <C, E extends { readonly _tag: string }, S>(
  name: string,
  decisionTags: ReadonlyArray<E["_tag"]>,
  decisionOf: (command: C, ctx: DecisionContext) => BodyDecision | undefined,
): Policy<C, E, S> => ({
  name,
  description: {
    nl: "Een besluit in een vergadering of schriftelijke ronde draagt wat daar is vastgelegd, en komt op de besluitenlijst.",
    en: "A decision in a meeting or written round carries what was recorded there, and joins the besluitenlijst.",
  },
  reads: (command) => {
    const where = commandRecord(command)?.decidedIn
    if (where === undefined) return []
    return "meetingId" in where
      ? [{ aggregate: meetingAggregate, streamId: meetingStreamId(where.meetingId) }]
      : [{ aggregate: writtenRoundAggregate, streamId: writtenRoundStreamId(where.writtenRoundId) }]
  },
  check: (command, _state, read, ctx) => {
    const decision = decisionOf(command, ctx)
    return decision === undefined ? [] : checkAgainst(decision, read, ctx.model)
  },
  react: (event, _before, _after, command, ctx) => {
    if (!decisionTags.includes(event._tag)) return []
    const decision = decisionOf(command, ctx)
    const where = decision?.record.decidedIn
    if (decision === undefined || where === undefined) return []
    if ("meetingId" in where) {
      return [
        reactWith(
          meetingAggregate,
          meetingStreamId(where.meetingId),
          new NotePointDecision({
            meetingId: where.meetingId,
            point: where.point,
            decisionId: decision.decisionId,
            decision: decision.decision,
            subject: decision.subject,
          }),
        ),
      ]
    }
    return [
      reactWith(
        writtenRoundAggregate,
        writtenRoundStreamId(where.writtenRoundId),
        new NoteRoundDecision({
          writtenRoundId: where.writtenRoundId,
          decisionId: decision.decisionId,
          on: decision.record.meetingDate,
        }),
      ),
    ]
  },
})

// Every decision command spreads the meeting record's fields; reads need only `decidedIn`.
const commandRecord = (command: unknown): Partial<DecisionRecord> | undefined =>
  typeof command === "object" && command !== null && "decidedIn" in command
    ? (command as Partial<DecisionRecord>)
    : undefined
