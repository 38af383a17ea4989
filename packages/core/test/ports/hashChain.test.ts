import { createHash } from "node:crypto"
import { assert, describe, it } from "@effect/vitest"
import { FastCheck as fc } from "effect"
import { Kernel } from "@weerbaar/core"

describe("the hash chain's building blocks", () => {
  it("sha256Hex agrees with Node's crypto on any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        assert.strictEqual(Kernel.sha256Hex(text), createHash("sha256").update(text, "utf8").digest("hex"))
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
        assert.strictEqual(Kernel.canonicalJson(reversed), Kernel.canonicalJson(value))
        assert.deepStrictEqual(JSON.parse(Kernel.canonicalJson(value)), JSON.parse(JSON.stringify(value)))
      }),
      { numRuns: 300 },
    )
  })

  it("canonicalJson gives exactly the text of its first definition, so stored chains still verify", () => {
    // The definition every existing store was hashed with, kept here as the reference.
    const reference = (value: unknown): string => {
      if (value === null || typeof value !== "object") {
        const text = JSON.stringify(value)
        return text === undefined ? "null" : text
      }
      if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? "null" : reference(v))).join(",")}]`
      const record = value as Record<string, unknown>
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${reference(record[key])}`)
      return `{${members.join(",")}}`
    }
    const withUndefined = fc
      .jsonValue()
      .map((value) =>
        value !== null && typeof value === "object" && !Array.isArray(value) ? { ...value, absent: undefined } : value,
      )
    fc.assert(
      fc.property(withUndefined, (value) => {
        assert.strictEqual(Kernel.canonicalJson(value), reference(value))
      }),
      { numRuns: 500 },
    )
  })
})
