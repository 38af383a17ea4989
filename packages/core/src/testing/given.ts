import { Kernel, type Route } from "@weerbaar/core"
import { deepStrictEqual } from "node:assert/strict"
import { Either } from "effect"

/**
 * The codes a refusal of a decider with commands `C` may name: for the route decider the codes of
 * its rules (a misspelt code does not compile), for other deciders any string.
 * @category testing
 */
export type CodeOf<C> = [C] extends [Route.RouteCommand] ? Route.RouteRuleCode : string

const fail = (message: string): never => {
  throw new Error(message)
}

const sorted = (list: ReadonlyArray<string>) => JSON.stringify([...list].sort())

/**
 * Given / when / then for deciders: `given(decider, events).when(command, context)` and then
 * `.thenEmits(events)`, `.thenEvents(check)`, `.refused(...codes)` or `.signalled(...codes)`.
 * `thenEmits` and `thenEvents` hold for a decision with or without signals.
 *
 * @example
 * ```ts
 * given(routeDecider, [drafted])
 *   .when(new SubmitItem({ itemId }), { actor, model, now })
 *   .refused("budget.required")
 * ```
 * @category testing
 */
export const given = <C, E, S, X>(decider: Kernel.Decider<C, E, S, X>, events: ReadonlyArray<E> = []) => ({
  when: (command: C, context: X) => {
    const state = Kernel.fold(decider, events)
    const result = decider.decide(command, state, context)
    return {
      result,
      thenEmits: (expected: ReadonlyArray<E>) => {
        if (Either.isLeft(result)) return fail(`expected events, got a refusal:\n${result.left.explain("en")}`)
        deepStrictEqual(result.right.events, expected)
      },
      thenEvents: (check: (events: ReadonlyArray<E>, state: S) => void) => {
        if (Either.isLeft(result)) return fail(`expected events, got a refusal:\n${result.left.explain("en")}`)
        check(result.right.events, result.right.events.reduce(decider.evolve, state))
      },
      signalled: (...codes: ReadonlyArray<CodeOf<C>>): Kernel.Decision<E> => {
        if (Either.isLeft(result)) {
          return fail(`expected signals ${codes.join(", ")}, got a refusal:\n${result.left.explain("en")}`)
        }
        const got = result.right.signals.map((s) => s.code)
        if (sorted(got) !== sorted(codes)) {
          fail(`expected the signals ${codes.join(", ") || "(none)"}, got ${got.join(", ") || "(none)"}`)
        }
        return result.right
      },
      refused: (...codes: ReadonlyArray<CodeOf<C>>): Kernel.Refused => {
        if (Either.isRight(result)) return fail(`expected a refusal with ${codes.join(", ")}, got events`)
        if (sorted(result.left.codes) !== sorted(codes)) {
          fail(`expected a refusal with ${codes.join(", ")}, got:\n${result.left.explain("en")}`)
        }
        return result.left
      },
    }
  },
})

/** The facts of the one violation of `code` in a refusal. @category testing */
export const factsOf = (
  refusal: Kernel.Refused,
  code: Route.RouteRuleCode,
): { readonly [key: string]: Kernel.FactValue } => {
  const found = refusal.violations.filter((v) => v.code === code)
  if (found.length !== 1) fail(`expected one violation of ${code} in:\n${refusal.explain("en")}`)
  return found[0]!.facts
}
