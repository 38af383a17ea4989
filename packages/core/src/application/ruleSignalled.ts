import { Schema } from "effect"
import { Timestamp } from "../kernel/CalendarDate.js"
import { eventCodec } from "../kernel/EventCodec.js"
import { Localized } from "../kernel/Localized.js"
import { FactValue, RuleViolation } from "../kernel/Refusal.js"
import type { SignalledAct } from "./signalledAct.js"

/**
 * A rule of force `signaleren` let an act through: the rule's code and text, the facts and the
 * explanation, the act's stream and the version of its first event, who acted and when, and where
 * the act has them its item, decision, municipality, measure, body and the actor's reason (absent
 * in signals stored before they were kept). Stored in the same append as the act, on its own
 * stream (see {@link signalStreamId}).
 * @category signals
 */
export class RuleSignalled extends Schema.TaggedClass<RuleSignalled>()("RuleSignalled", {
  code: Schema.String,
  rule: Localized,
  facts: Schema.Record({ key: Schema.String, value: FactValue }),
  explanation: Localized,
  /** The actor's reason, where the rule asks one (comply or explain); absent in older events. */
  reason: Schema.optional(Schema.String),
  streamId: Schema.String,
  version: Schema.Int,
  actor: Schema.String,
  at: Timestamp,
  itemId: Schema.optional(Schema.String),
  decisionId: Schema.optional(Schema.String),
  municipality: Schema.optional(Schema.String),
  practiceId: Schema.optional(Schema.String),
  body: Schema.optional(Schema.String),
}) {}

/** Stores and reads the events of a signal's stream. @category signals */
export const signalEventCodec = eventCodec(RuleSignalled, ["RuleSignalled"])

/** The stream of the signals of the act whose first event is `version` of `streamId`. @category signals */
export const signalStreamId = (streamId: string, version: number): string => `signal-${streamId}-${version}`

/** The prefix of every signal's stream. @category signals */
export const signalStreamPrefix = "signal-"

/** The event that stores `signal` of the act at `version` of `streamId`. @category signals */
export const ruleSignalled = (
  signal: RuleViolation,
  act: { readonly streamId: string; readonly version: number; readonly actor: string; readonly at: Timestamp },
  about: SignalledAct = {},
): RuleSignalled =>
  new RuleSignalled({
    ...about,
    code: signal.code,
    rule: signal.rule,
    facts: signal.facts,
    explanation: signal.explanation,
    ...(signal.reason === undefined ? {} : { reason: signal.reason }),
    streamId: act.streamId,
    version: act.version,
    actor: act.actor,
    at: act.at,
  })

/** The signal a stored `RuleSignalled` keeps, as the command that carried it returned it. @category signals */
export const signalOf = (event: RuleSignalled): RuleViolation =>
  new RuleViolation({ code: event.code, rule: event.rule, facts: event.facts, explanation: event.explanation })
