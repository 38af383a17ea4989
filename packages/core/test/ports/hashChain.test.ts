import { createHash } from "node:crypto"
import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { canonicalJson, sha256Hex } from "@weerbaar/core"

describe("the hash chain's building blocks", () => {
  it("sha256Hex agrees with Node's crypto on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        assert.strictEqual(sha256Hex(text), createHash("sha256").update(text, "utf8").digest("hex"))
      }),
      { numRuns: 300 },
    )
  })

  it("canonicalJson gives the same text for equal values, whatever the key order", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const reversed = JSON.parse(JSON.stringify(value), (_key, v) =>
          v !== null && typeof v === "object" && !Array.isArray(v)
            ? Object.fromEntries(Object.entries(v).reverse())
            : v,
        )
        assert.strictEqual(canonicalJson(reversed), canonicalJson(value))
        assert.deepStrictEqual(JSON.parse(canonicalJson(value)), JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 300 },
    )
  })
})
