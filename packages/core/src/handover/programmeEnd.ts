import { Option, Schema } from "effect"
import { RequiredText } from "../kernel/Text.js"
import { CalendarDate, dateOf, Timestamp } from "../kernel/CalendarDate.js"
import type { Decider, DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { judge } from "../kernel/judge.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { bodyOfLevel, mayActFor } from "../governance/queries.js"
import type { Practice } from "../practices/PracticeState.js"
import { handedOverStatuses } from "../practices/PracticeStatus.js"
import { DecisionId, Meeting } from "../routes/commands.js"
import { bodyDecisionViolations, RecordedDecisionFields, recordedDecision } from "../meetings/recordedDecision.js"
import type { Item } from "../routes/ItemState.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { handoverRules as H } from "./handoverRules.js"
import { BodyId } from "../governance/Ids.js"

/**
 * A person acting for the DVO records its decision to end the programme, taken in its meeting or by
 * written round (the record as for any decision). Open work (a theme without a
 * handed-over Best Practice, an item still on its route) is judged by its rules' forces: the preset
 * signals it, with the DVO's `reason`.
 * @category handover
 */
export class EndProgramme extends Schema.TaggedClass<EndProgramme>()("EndProgramme", {
  ...Meeting.fields,
  decisionId: DecisionId,
  /** Why the programme ends with open work, where that is signalled (comply or explain). */
  reason: Schema.optional(RequiredText),
}) {}

/** The programme ended; its further development continues in the network. @category handover */
export class ProgrammeEnded extends Schema.TaggedClass<ProgrammeEnded>()("ProgrammeEnded", {
  decisionId: Schema.String,
  meetingDate: CalendarDate,
  rationale: Schema.String,
  handedOver: Schema.Array(Schema.String),
  ...RecordedDecisionFields,
  endedBy: Schema.String,
  at: Timestamp,
}) {}

/** Stores and reads the end of the programme. @category handover */
export const programmeEndEventCodec = eventCodec(ProgrammeEnded, ["ProgrammeEnded"])

/** The stream that records the end of the programme. @category handover */
export const programmeEndStreamId = "programme-end"

/** What ending the programme reads: every practice and every item. @category handover */
export interface ProgrammeEndContext extends DecisionContext {
  readonly practices: ReadonlyArray<Practice>
  readonly items: ReadonlyArray<Item>
}

/** The statuses of an item still on its route: submitted, or returned for a new version. @category handover */
export const onRouteStatuses: ReadonlyArray<string> = ["submitted", "returned"]

/** What is still open before the programme can end: every reason. @category handover */
export const openBeforeEnd = (ctx: ProgrammeEndContext): ReadonlyArray<RuleViolation> => [
  ...ctx.model.themes
    .map((theme) => theme.id)
    .filter(
      (theme) => !ctx.practices.some((p) => p.description.theme === theme && handedOverStatuses.includes(p.status)),
    )
    .map((theme) => violation(H.themeNotHandedOver, { theme })),
  ...ctx.items
    .filter((item) => onRouteStatuses.includes(item.status))
    .map((item) => violation(H.itemOnRoute, { item: item.itemId, kind: item.kind, status: item.status })),
]

/**
 * The decider of the programme's end: what is open (themes without a handed-over practice, items
 * still on their route) refuses or is signalled, by the forces of its rules.
 * @category handover
 */
export const programmeEndDecider: Decider<
  EndProgramme,
  ProgrammeEnded,
  ProgrammeEnded | undefined,
  ProgrammeEndContext
> = {
  initialState: undefined,
  decide: (command, state, ctx) => {
    const today = dateOf(ctx.now)
    const dvo = Option.match(bodyOfLevel(ctx.model, "bestuurlijk"), {
      onNone: () => BodyId.make("bestuurlijk"),
      onSome: (b) => b.id,
    })
    const violations: Array<RuleViolation> = [
      ...(state === undefined ? [] : [violation(H.programmeEnded, { decision: state.decisionId })]),
      ...(mayActFor(ctx.model, ctx.actor, dvo, today)
        ? []
        : [violation(mayNotActFor, { person: ctx.actor, body: dvo, date: today })]),
      ...bodyDecisionViolations(ctx.model, dvo, command, today),
      ...openBeforeEnd(ctx),
    ]
    return judge(command, violations, ctx.model, () => [
      new ProgrammeEnded(
        {
          decisionId: command.decisionId,
          meetingDate: command.meetingDate,
          rationale: command.rationale,
          handedOver: ctx.practices.filter((p) => handedOverStatuses.includes(p.status)).map((p) => p.practiceId),
          ...recordedDecision(dvo, command),
          endedBy: ctx.actor,
          at: ctx.now,
        },
        decidedEvent,
      ),
    ])
  },
  evolve: (_state, event) => event,
}
