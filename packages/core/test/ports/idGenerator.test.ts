import { assert, describe, it } from "@effect/vitest"
import { Store } from "@weerbaar/core"
import { Effect, FastCheck as fc, TestClock } from "effect"

const v7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const time = fc.integer({ min: 0, max: 2 ** 48 - 1 })
const timeOf = (id: string) => Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16)

describe("identifiers", () => {
  it("a UUID of version 7 carries its time in its first 48 bits and keeps the random bits it was given", () => {
    fc.assert(
      fc.property(time, fc.uuid({ version: 4 }), (ms, random) => {
        const id = Store.uuidV7(ms, random)
        assert.match(id, v7)
        assert.strictEqual(timeOf(id), ms)
        assert.strictEqual(id.slice(15), random.slice(15))
      }),
    )
  })

  it("ids made at a later time sort after earlier ones, whatever their random bits", () => {
    fc.assert(
      fc.property(time, time, fc.uuid({ version: 4 }), fc.uuid({ version: 4 }), (a, b, ra, rb) => {
        fc.pre(a !== b)
        const [earlier, later] =
          a < b ? [Store.uuidV7(a, ra), Store.uuidV7(b, rb)] : [Store.uuidV7(b, rb), Store.uuidV7(a, ra)]
        assert.isTrue(earlier < later)
      }),
    )
  })

  it.effect("the random generator makes distinct prefixed ids at the clock's time", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.UTC(2016, 2, 1))
      const ids = yield* Effect.forEach(Array.from({ length: 200 }), () =>
        Effect.flatMap(Store.IdGenerator, (generator) => generator.next("bv")),
      )
      assert.strictEqual(new Set(ids).size, 200)
      for (const id of ids) {
        assert.match(id.slice(3), v7)
        assert.isTrue(id.startsWith("bv-"))
        assert.strictEqual(timeOf(id.slice(3)), Date.UTC(2016, 2, 1))
      }
    }).pipe(Effect.provide(Store.IdGenerator.random)),
  )
})
