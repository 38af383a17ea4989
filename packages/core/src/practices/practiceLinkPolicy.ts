import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { type Policy, reactWith } from "../kernel/Policy.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import type { BodyId } from "../governance/Ids.js"
import { bodyOfLevel, mayActFor, membersOn } from "../governance/queries.js"
import type { PracticeCommand } from "./practiceCommands.js"
import { practiceAggregate } from "./practiceDecider.js"
import { type PracticeEvent, practiceStreamId } from "./practiceEvents.js"
import { practiceGroupOf } from "./practiceGroup.js"
import { MirrorPracticeLink } from "./practiceLinkDecision.js"
import type { PracticeState } from "./PracticeState.js"
import { linkRelatedNotFound } from "./rules/linkRelatedNotFound.js"
import { mayNotLink } from "./rules/mayNotLink.js"

const groupMember = (state: PracticeState, ctx: DecisionContext): boolean => {
  if (!state.exists) return false
  const group = practiceGroupOf(ctx.model, state.description.theme)
  const today = dateOf(ctx.now)
  return Option.isSome(group) && membersOn(ctx.model, group.value.id, today).some((m) => m.person === ctx.actor)
}

const actsForStuurgroep = (ctx: DecisionContext): boolean =>
  Option.match(bodyOfLevel(ctx.model, "besturing"), {
    onNone: () => false,
    onSome: (b) => mayActFor(ctx.model, ctx.actor, b.id as BodyId, dateOf(ctx.now)),
  })

/**
 * The rules of a link that need the related practice: it is in the catalogue, and who links is a
 * member of either practice's expert group or acts for the Stuurgroep.
 * @category practices
 */
export const linkPolicyViolations = (
  command: PracticeCommand,
  state: PracticeState,
  related: PracticeState,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  if (command._tag !== "LinkPractices" || !state.exists || command.related === command.practiceId) return []
  const facts = { practice: command.practiceId, related: command.related }
  return [
    ...(related.exists ? [] : [violation(linkRelatedNotFound, facts)]),
    ...(groupMember(state, ctx) || groupMember(related, ctx) || actsForStuurgroep(ctx)
      ? []
      : [violation(mayNotLink, { ...facts, person: ctx.actor, date: dateOf(ctx.now) })]),
  ]
}

/**
 * The link policy: a link reads the related practice, checks it ({@link linkPolicyViolations}),
 * and records the link on the related practice as well, so it shows on both.
 * @category practices
 */
export const practiceLinkPolicy: Policy<PracticeCommand, PracticeEvent, PracticeState> = {
  name: "practice-link-on-both",
  description: {
    nl: "Een koppeling tussen Best Practices staat bij beide.",
    en: "A link between Best Practices shows on both.",
  },
  reads: (command) =>
    command._tag === "LinkPractices"
      ? [{ aggregate: practiceAggregate, streamId: practiceStreamId(command.related) }]
      : [],
  check: (command, state, read, ctx) =>
    command._tag === "LinkPractices"
      ? linkPolicyViolations(
          command,
          state,
          (read.get(practiceStreamId(command.related)) ?? { exists: false }) as PracticeState,
          ctx,
        )
      : [],
  react: (event, _before, _after, command) =>
    event._tag === "PracticesLinked" && command._tag === "LinkPractices"
      ? [
          reactWith(
            practiceAggregate,
            practiceStreamId(command.related),
            new MirrorPracticeLink(
              {
                practiceId: command.related,
                related: command.practiceId,
                note: command.note,
                linkedBy: event.linkedBy,
                at: event.at,
              },
              true,
            ),
          ),
        ]
      : [],
}
