import { assert } from "@effect/vitest"
import { Either } from "effect"
import { type Decider, fold, type Refused } from "@weerbaar/core"

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
      refused: (...codes: ReadonlyArray<string>): Refused => {
        if (Either.isRight(result)) assert.fail(`expected a refusal with ${codes.join(", ")}, got events`)
        assert.sameMembers([...result.left.codes], [...codes], result.left.explain("en"))
        return result.left
      },
    }
  },
})
