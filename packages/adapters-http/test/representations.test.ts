import { Arbitrary, FastCheck as fc, Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Stuk } from "../src/api/resources.js"

describe("representations", () => {
  // The command lane writes an item as the JSON of its Stuk, where the HttpApi app encodes it with
  // the schema first: the two agree only while Stuk transforms none of its fields.
  it("a Stuk's JSON is its encoded form", () => {
    const encode = Schema.encodeSync(Stuk)
    fc.assert(
      fc.property(Arbitrary.make(Stuk), (stuk) => {
        expect(stuk).toBeInstanceOf(Stuk)
        expect(JSON.stringify(stuk)).toBe(JSON.stringify(encode(stuk)))
      }),
    )
  })
})
