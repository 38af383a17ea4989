import { Option } from "effect"
import { dateOf } from "../kernel/CalendarDate.js"
import type { DecisionContext } from "../kernel/Decider.js"
import { decidedEvent } from "../internal/decidedEvent.js"
import { type RuleViolation, violation } from "../kernel/Refusal.js"
import { BodyId } from "../governance/Ids.js"
import { bodyOfLevel, mayActFor } from "../governance/queries.js"
import { mayNotActFor } from "../routes/rules/authority.js"
import { bodyDecisionViolations, recordedDecision } from "../meetings/recordedDecision.js"
import type { RegisterNetworkAgreement } from "./networkAgreementCommand.js"
import { NetworkAgreementRegistered } from "./networkAgreementEvent.js"
import { practiceRules as P } from "./practiceRules.js"
import type { PracticeState } from "./PracticeState.js"
import { networkAgreementBeforeAgreed } from "./rules/networkAgreementBeforeAgreed.js"

/** The body that takes note of the network's agreements: the programme's bestuurlijk body, the DVO. @category practices */
export const notingBody = (ctx: Pick<DecisionContext, "model">): BodyId =>
  Option.match(bodyOfLevel(ctx.model, "bestuurlijk"), { onNone: () => BodyId.make("bestuurlijk"), onSome: (b) => b.id })

/**
 * The rules of registering a network agreement: a new practice id, a theme of the model, a person
 * acting for the DVO, the DVO's decision as for any decision (after its meeting, by those present,
 * by its rule), and not before the network made the agreement.
 * @category practices
 */
export const networkAgreementViolations = (
  command: RegisterNetworkAgreement,
  state: PracticeState,
  ctx: DecisionContext,
): ReadonlyArray<RuleViolation> => {
  const today = dateOf(ctx.now)
  const body = notingBody(ctx)
  return [
    ...(state.exists ? [violation(P.exists, { practice: command.practiceId })] : []),
    ...(ctx.model.themes.some((t) => t.id === command.theme)
      ? []
      : [violation(P.unknownTheme, { theme: command.theme, themes: ctx.model.themes.map((t) => t.id) })]),
    ...(mayActFor(ctx.model, ctx.actor, body, today)
      ? []
      : [violation(mayNotActFor, { person: ctx.actor, body, date: today })]),
    ...(command.meetingDate < command.agreement.agreedOn
      ? [
          violation(networkAgreementBeforeAgreed, {
            agreement: command.agreement.name,
            meetingDate: command.meetingDate,
            agreedOn: command.agreement.agreedOn,
          }),
        ]
      : []),
    ...bodyDecisionViolations(ctx.model, body, command, today),
  ]
}

/** The event of a registered network agreement. @category practices */
export const networkAgreementEvents = (
  command: RegisterNetworkAgreement,
  ctx: DecisionContext,
): ReadonlyArray<NetworkAgreementRegistered> => {
  const { _tag, decisionId, meetingDate, rationale, agreement, ...rest } = command
  return [
    new NetworkAgreementRegistered(
      {
        practiceId: rest.practiceId,
        theme: rest.theme,
        title: rest.title,
        description: rest.description,
        origin: rest.origin,
        source: rest.source,
        intendedEffects: rest.intendedEffects,
        agreement,
        decisionId,
        meetingDate,
        ...recordedDecision(notingBody(ctx), command),
        rationale,
        registeredBy: ctx.actor,
        at: ctx.now,
      },
      decidedEvent,
    ),
  ]
}
