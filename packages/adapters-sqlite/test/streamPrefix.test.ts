import { FastCheck as fc } from "effect"
import { describe, expect, it } from "vitest"
import { justAfterEveryIdStartingWith } from "../src/internal/eventLog/readAll.js"

// readAll({ streamPrefix }) reads a range of the (stream_id, version) index: from the prefix up to,
// not including, the text just above every id that starts with it, in SQLite's binary order, which
// is the order of the texts' UTF-8 bytes.
const utf8 = (text: string) => Buffer.from(text, "utf8")
const inRange = (id: string, prefix: string) => {
  const above = justAfterEveryIdStartingWith(prefix)
  return (
    Buffer.compare(utf8(prefix), utf8(id)) <= 0 && (above === undefined || Buffer.compare(utf8(id), utf8(above)) < 0)
  )
}

// Characters from a few ranges, so that ids share prefixes often and meet the ends of UTF-8.
const character = fc.oneof(
  fc.constantFrom("a", "b", "-", "%", "_", "é", "\uD7FF", "\uE000", "\uFFFF", "\u{10000}", "\u{10FFFF}"),
  fc.fullUnicode(),
)
const text = fc.array(character, { maxLength: 6 }).map((cs) => cs.join(""))

describe("the stream prefix range", () => {
  it("holds exactly the ids that start with the prefix", () => {
    fc.assert(
      fc.property(text, text, text, (prefix, rest, other) => {
        expect(inRange(prefix + rest, prefix)).toBe(true)
        expect(inRange(other, prefix)).toBe(other.startsWith(prefix))
      }),
      { numRuns: 2_000 },
    )
  })

  it("has no upper end when every character of the prefix is the highest", () => {
    expect(justAfterEveryIdStartingWith("\u{10FFFF}\u{10FFFF}")).toBeUndefined()
    expect(justAfterEveryIdStartingWith("a\u{10FFFF}")).toBe("b")
    expect(justAfterEveryIdStartingWith("track-bp-1-")).toBe("track-bp-1.")
  })
})
