import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, ParseResult, Schema } from "effect"
import { Kernel, Route } from "@weerbaar/core"

const decode = (schema: Schema.Schema<string>) => Schema.decodeUnknownEither(schema)
const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c))

describe("text a command takes is bounded and well-formed", () => {
  it.prop(
    "well-formed text up to the maximum is taken as it is",
    [fc.string({ unit: "grapheme", maxLength: 60 })],
    ([s]) => {
      const decoded = decode(Kernel.Text)(s)
      assert.strictEqual(Either.isRight(decoded), s.length <= Kernel.MaxTextLength)
    },
  )

  it.prop(
    "text with a lone surrogate anywhere is refused",
    [fc.string({ maxLength: 20 }), loneSurrogate, fc.string({ maxLength: 20 })],
    ([before, lone, after]) => {
      // A high surrogate followed by a low one is a pair, not a lone surrogate.
      const s = `${before}x${lone}x${after}`
      assert.isTrue(Either.isLeft(decode(Kernel.Text)(s)))
      assert.isTrue(Either.isLeft(decode(Kernel.Title)(s)))
    },
  )

  it.prop("a title longer than the maximum is refused", [fc.integer({ min: 1, max: 5_000 })], ([extra]) => {
    assert.isTrue(Either.isLeft(decode(Kernel.Title)("t".repeat(Kernel.MaxTitleLength + extra))))
    assert.isTrue(Either.isRight(decode(Kernel.Title)("t".repeat(Kernel.MaxTitleLength))))
  })

  it.prop(
    "any input, however hostile, decodes to a value or to an error that formats — never a throw",
    [
      fc.oneof(
        fc.anything(),
        fc.dictionary(fc.constantFrom("toString", "valueOf", "__proto__", "length"), fc.anything()),
        fc.array(fc.dictionary(fc.constantFrom("amount", "toString", "valueOf"), fc.anything())),
      ),
    ],
    ([input]) => {
      for (const schema of [Kernel.Title, Kernel.Text, Kernel.RequiredText, Kernel.Cents, Route.Budget] as const) {
        const decoded = Schema.decodeUnknownEither(schema as Schema.Schema<unknown, unknown>, { errors: "all" })(input)
        if (Either.isLeft(decoded)) {
          assert.isString(ParseResult.TreeFormatter.formatErrorSync(decoded.left))
          assert.isArray(ParseResult.ArrayFormatter.formatErrorSync(decoded.left))
        }
      }
    },
  )

  it("a command refuses a lone surrogate or a megabyte title, naming the field", () => {
    const draft = (title: string) =>
      Schema.decodeUnknownEither(Route.DraftItem)({
        _tag: "DraftItem",
        itemId: "bv-1",
        kind: "beleidsvoorstel",
        draftingBody: "eg-ondermijnende-criminaliteit",
        content: { title, description: "", budget: [], practices: [] },
      })
    for (const [title, expected] of [
      ["Pilot \ud800", "well-formed Unicode"],
      ["x".repeat(1_000_000), `at most ${Kernel.MaxTitleLength} characters`],
    ] as const) {
      const refused = draft(title)
      assert.isTrue(Either.isLeft(refused))
      if (Either.isLeft(refused)) {
        const message = ParseResult.TreeFormatter.formatErrorSync(refused.left)
        assert.include(message, '["title"]')
        assert.include(message, expected)
      }
    }
  })
})
