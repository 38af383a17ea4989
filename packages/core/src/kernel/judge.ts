import { Either } from "effect"
import { forceOf } from "../governance/RuleForce.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"
import type { Decision } from "./Decider.js"
import { Refused, type RuleViolation } from "./Refusal.js"
import { explained, type Reasoned } from "./signalReason.js"

/**
 * The verdict on `violations` by their forces in `model`: refuses `command` with every violation
 * of force `weigeren` (the default) when there is one; else decides `events` with a signal for
 * every violation of force `signaleren`, and drops those of force `uit`. A signal of a rule that
 * asks a reason carries the command's `reason`, and without one refuses by `signal.reason-required`.
 *
 * @example
 * ```ts
 * decide: (command, state, ctx) =>
 *   judge(command, violationsOf(command, state, ctx), ctx.model, () => eventsOf(command, state, ctx))
 * ```
 * @category refusals
 */
export const judge = <E>(
  command: string | Reasoned,
  violations: ReadonlyArray<RuleViolation>,
  model: Pick<GovernanceModel, "forces">,
  events: () => ReadonlyArray<E>,
): Either.Either<Decision<E>, Refused> => {
  if (violations.length === 0) return Either.right({ events: events(), signals: [] })
  const split = byForce(violations, model)
  const { signals, refusing: unexplained } = explained(
    split.signals,
    typeof command === "string" ? undefined : command.reason,
  )
  const refusing = [...split.refusing, ...unexplained]
  return refusing.length > 0
    ? Either.left(
        new Refused({
          command: typeof command === "string" ? command : command._tag,
          violations: refusing as [RuleViolation, ...Array<RuleViolation>],
        }),
      )
    : Either.right({ events: events(), signals })
}

/**
 * `violations` split by their forces in `model`: those that refuse (every invariant among them)
 * and those that are signalled; those switched off are in neither.
 * @category refusals
 */
export const byForce = (
  violations: ReadonlyArray<RuleViolation>,
  model: Pick<GovernanceModel, "forces">,
): { readonly refusing: ReadonlyArray<RuleViolation>; readonly signals: ReadonlyArray<RuleViolation> } => {
  if (model.forces === undefined) return { refusing: violations, signals: [] }
  const refusing: Array<RuleViolation> = []
  const signals: Array<RuleViolation> = []
  for (const v of violations) {
    // Validation keeps invariants at weigeren; a model built in code without it is held to them too.
    const force = v.invariant === true ? "weigeren" : forceOf(model.forces, v.code)
    if (force === "weigeren") refusing.push(v)
    else if (force === "signaleren") signals.push(v)
  }
  return { refusing, signals }
}
