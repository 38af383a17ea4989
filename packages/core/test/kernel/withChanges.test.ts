import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { withChanges } from "../../src/kernel/withChanges.js"

const record = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)))

describe("withChanges", () => {
  it("gives what a spread gives, fields in the same order, and leaves the base as it was", () =>
    fc.assert(
      fc.property(record, record, (base, changes) => {
        const before = JSON.stringify(Object.entries(base))
        const changed = withChanges(base, changes)
        const spread = { ...base, ...changes }
        assert.deepStrictEqual(Object.entries(changed), Object.entries(spread))
        assert.notStrictEqual(changed, base)
        assert.strictEqual(JSON.stringify(Object.entries(base)), before)
      }),
    ))
})
