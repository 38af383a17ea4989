import { Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { RequiredText } from "../kernel/Text.js"
import type { LinkPractices } from "./linkPractices.js"
import { PracticeId } from "./Practice.js"
import { PracticesLinked } from "./practiceLinkEvent.js"
import type { Practice, PracticeState } from "./PracticeState.js"
import { alreadyLinked } from "./rules/alreadyLinked.js"
import { linkToItself } from "./rules/linkToItself.js"

/** Whether `practice` is linked to `related` already. @category practices */
export const isLinkedTo = (practice: PracticeState, related: string): boolean =>
  practice.exists && (practice.related ?? []).some((l) => l.related === related)

/**
 * The rules of a link the practice's own stream decides: not to itself, not twice. That the related
 * practice exists, and who may link, the link policy checks ({@link practiceLinkPolicy}).
 * @category practices
 */
export const linkViolations = (command: LinkPractices, state: Practice): ReadonlyArray<RuleViolation> => [
  ...(command.related === command.practiceId ? [violation(linkToItself, { practice: command.practiceId })] : []),
  ...(isLinkedTo(state, command.related)
    ? [violation(alreadyLinked, { practice: command.practiceId, related: command.related })]
    : []),
]

/** The link recorded on the practice that was linked. @category practices */
export const linkEventsOf = (command: LinkPractices, ctx: DecisionContext): ReadonlyArray<PracticesLinked> => [
  new PracticesLinked(
    { practiceId: command.practiceId, related: command.related, note: command.note, linkedBy: ctx.actor, at: ctx.now },
    decidedEvent,
  ),
]

/** The link policy's reaction: the related practice records the link too. @category practices */
export class MirrorPracticeLink extends Schema.TaggedClass<MirrorPracticeLink>()("MirrorPracticeLink", {
  practiceId: PracticeId,
  related: PracticeId,
  note: RequiredText,
  linkedBy: Schema.String,
  at: Timestamp,
}) {}

/** The related practice's side of a link: recorded once. @category practices */
export const mirroredLinkEvents = (
  command: MirrorPracticeLink,
  state: PracticeState,
): ReadonlyArray<PracticesLinked> =>
  !state.exists || isLinkedTo(state, command.related)
    ? []
    : [
        new PracticesLinked(
          {
            practiceId: command.practiceId,
            related: command.related,
            note: command.note,
            linkedBy: command.linkedBy,
            at: command.at,
          },
          decidedEvent,
        ),
      ]
