import { Schema } from "effect"
import { Localized } from "./Localized.js"

/**
 * A fact behind a refusal: the body, the version, the amount that made a rule fail.
 * @category refusals
 */
export const FactValue = Schema.Union(Schema.String, Schema.Finite, Schema.Boolean, Schema.Array(Schema.String))
/** @category refusals */
export type FactValue = typeof FactValue.Type

/** @category refusals */
export type Facts = { readonly [key: string]: FactValue }

/**
 * A rule of the rule book: a stable code, the rule as a secretary reads it, and how to explain
 * a violation from its facts — in Dutch and in English. The code keeps its literal type, so the
 * codes of a rule book form a union (see `RuleCode`) and a misspelt code does not compile.
 *
 * @example
 * ```ts
 * const notYourTurn = defineRule<{ body: string; expected: string }>()({
 *   code: "route.not-your-turn",
 *   rule: { nl: "Alleen het orgaan dat aan de beurt is, besluit.", en: "Only the body whose turn it is decides." },
 *   explain: (f) => ({ nl: `${f.body} is niet aan de beurt`, en: `${f.body} is not on turn` }),
 * })
 * ```
 * @category refusals
 */
export interface Rule<F extends Facts, C extends string = string> {
  readonly code: C
  readonly rule: Localized
  readonly explain: (facts: F) => Localized
  /** An invariant always refuses: no governance model may give it another force. */
  readonly invariant?: boolean
  /** When the rule is signalled instead of refused, the actor gives a reason (comply or explain). */
  readonly asksReason?: boolean
}

/**
 * Declares a rule of the rule book (see {@link Rule}): name its facts, then give the rule; its
 * code keeps its literal type.
 * @category refusals
 */
export const defineRule =
  <F extends Facts>() =>
  <const C extends string>(rule: Rule<F, C>): Rule<F, C> =>
    rule

/**
 * One rule that an action does not satisfy: its stable `code`, the `rule` it applies, the
 * `facts` that made it fail and an `explanation` in Dutch and English. Plain data: it names a
 * rule and its facts, not a place in the code.
 * @category refusals
 */
export class RuleViolation extends Schema.Class<RuleViolation>("RuleViolation")({
  code: Schema.String,
  rule: Localized,
  facts: Schema.Record({ key: Schema.String, value: FactValue }),
  explanation: Localized,
  /** Set when the rule is an invariant: no governance model may let the act through. */
  invariant: Schema.optional(Schema.Literal(true)),
  /** Set when the rule asks the actor's reason where it is signalled (comply or explain). */
  asksReason: Schema.optional(Schema.Literal(true)),
  /** The actor's reason, on a signal of a rule that asks one. */
  reason: Schema.optional(Schema.String),
}) {
  /** The code and the explanation in English, on one line. */
  get message(): string {
    return `${this.code}: ${this.explanation.en}`
  }
}

/** A violation of `rule` with `facts`. @category refusals */
export const violation = <F extends Facts>(rule: Rule<F>, facts: F): RuleViolation =>
  // The types already hold what the schema would check; validating every reason of every probe of
  // `allowedActions` again was a large part of its cost.
  new RuleViolation(
    rule.invariant === true
      ? { code: rule.code, rule: rule.rule, facts, explanation: rule.explain(facts), invariant: true }
      : rule.asksReason === true
        ? { code: rule.code, rule: rule.rule, facts, explanation: rule.explain(facts), asksReason: true }
        : { code: rule.code, rule: rule.rule, facts, explanation: rule.explain(facts) },
    true,
  )

/**
 * A command refused by the rule book, with every rule it violates (not only the first).
 * @category refusals
 */
export class Refused extends Schema.TaggedError<Refused>()("Refused", {
  command: Schema.String,
  violations: Schema.NonEmptyArray(RuleViolation),
}) {
  /** The codes of the violated rules, in order. */
  get codes(): ReadonlyArray<string> {
    return this.violations.map((v) => v.code)
  }
  override get message(): string {
    return `${this.command} refused: ${this.violations.map((v) => v.message).join("; ")}`
  }
  /** The explanations in one language, one per line. */
  explain(language: keyof Localized): string {
    return this.violations.map((v) => `${v.code}: ${v.explanation[language]}`).join("\n")
  }
}
