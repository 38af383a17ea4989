import { assert } from "@effect/vitest"
import { Either } from "effect"
import { type Decider, type FactValue, fold, type Refused, type RouteCommand } from "@weerbaar/core"
import type { RouteRuleCode } from "./routeRuleCodes.js"

/**
 * The codes a refusal of a decider with commands `C` may name: for the route decider the codes of
 * its rules (a misspelt code does not compile), for other deciders any string.
 */
export type CodeOf<C> = [C] extends [RouteCommand] ? RouteRuleCode : string

/**
 * Given / when / then for deciders: `given(decider, events).when(command, context)` and then
 * `.thenEmits(events)` or `.refused(...codes)`.
 */
export const given = <C, E, S, X>(decider: Decider<C, E, S, X>, events: ReadonlyArray<E> = []) => ({
  when: (command: C, context: X) => {
    const state = fold(decider, events)
    const result = decider.decide(command, state, context)
    return {
      result,
      thenEmits: (expected: ReadonlyArray<E>) => {
        if (Either.isLeft(result)) assert.fail(`expected events, got a refusal:\n${result.left.explain("en")}`)
        assert.deepStrictEqual(result.right, expected)
      },
      thenEvents: (check: (events: ReadonlyArray<E>, state: S) => void) => {
        if (Either.isLeft(result)) assert.fail(`expected events, got a refusal:\n${result.left.explain("en")}`)
        check(result.right, result.right.reduce(decider.evolve, state))
      },
      refused: (...codes: ReadonlyArray<CodeOf<C>>): Refused => {
        if (Either.isRight(result)) assert.fail(`expected a refusal with ${codes.join(", ")}, got events`)
        assert.sameMembers([...result.left.codes], [...codes], result.left.explain("en"))
        return result.left
      },
    }
  },
})

/** The facts of the one violation of `code` in a refusal. */
export const factsOf = (refusal: Refused, code: RouteRuleCode): { readonly [key: string]: FactValue } => {
  const found = refusal.violations.filter((v) => v.code === code)
  assert.lengthOf(found, 1, `one violation of ${code} in:\n${refusal.explain("en")}`)
  return found[0]!.facts
}
