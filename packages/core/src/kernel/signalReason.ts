import { defineRule, RuleViolation, violation } from "./Refusal.js"

/**
 * A signalled rule that asks a reason needs the actor's reason: comply or explain always has its
 * explanation. An invariant: no model lets a signal through without it.
 * @category refusals
 */
export const reasonRequired = defineRule<{ rule: string }>()({
  code: "signal.reason-required",
  invariant: true,
  rule: {
    nl: "Wie afwijkt van een regel die om uitleg vraagt, geeft de reden op (pas toe of leg uit).",
    en: "Who departs from a rule that asks an explanation states the reason (comply or explain).",
  },
  explain: (f) => ({
    nl: `Regel ${f.rule} wordt gesignaleerd en vraagt een reden; er is geen reden opgegeven.`,
    en: `Rule ${f.rule} is signalled and asks a reason; no reason was given.`,
  }),
})

/** A command that may carry the actor's reason for departing from a signalled rule. @category refusals */
export interface Reasoned {
  readonly _tag: string
  readonly reason?: string | undefined
}

/** The actor's reason a command carries, if any. @category refusals */
export const reasonOf = (command: unknown): string | undefined => {
  const reason = (command as { readonly reason?: unknown } | undefined)?.reason
  return typeof reason === "string" ? reason : undefined
}

/**
 * The signals with the actor's `reason` on those whose rule asks one; without a reason, each
 * such signal becomes a refusal by `signal.reason-required` instead.
 * @category refusals
 */
export const explained = (
  signals: ReadonlyArray<RuleViolation>,
  reason: string | undefined,
): { readonly refusing: ReadonlyArray<RuleViolation>; readonly signals: ReadonlyArray<RuleViolation> } => {
  if (!signals.some((s) => s.asksReason === true)) return { refusing: [], signals }
  if (reason === undefined) {
    return {
      refusing: signals.filter((s) => s.asksReason === true).map((s) => violation(reasonRequired, { rule: s.code })),
      signals: [],
    }
  }
  return {
    refusing: [],
    signals: signals.map((s) =>
      s.asksReason === true
        ? new RuleViolation(
            { code: s.code, rule: s.rule, facts: s.facts, explanation: s.explanation, asksReason: true, reason },
            true,
          )
        : s,
    ),
  }
}
