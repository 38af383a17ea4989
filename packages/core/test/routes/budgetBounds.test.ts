import { assert, describe, it } from "@effect/vitest"
import { Either, FastCheck as fc, ParseResult, Schema } from "effect"
import { Governance, Kernel, Route } from "@weerbaar/core"

// Lines as a transport sends them: any integer amount, from small to far beyond the maximum.
const amount = fc.oneof(
  fc.integer({ min: 0, max: 10_000_000 }),
  fc.integer({ min: 0, max: Kernel.MaxLineCents }),
  fc.integer({ min: Kernel.MaxLineCents - 5, max: Kernel.MaxLineCents + 5 }),
  fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
)
const line = (bedrag: number) => ({ category: "onderzoek", organisation: "gem-rheden", year: 2017, amount: bedrag })
const lines = fc.array(amount, { maxLength: 30 }).map((amounts) => amounts.map(line))
const decodeDraft = Schema.decodeUnknownEither(Route.DraftItem)
const draftWith = (budget: ReadonlyArray<unknown>) => ({
  _tag: "DraftItem",
  itemId: "bv-1",
  kind: "beleidsvoorstel",
  draftingBody: "eg-ondermijnende-criminaliteit",
  content: { title: "Pilot", description: "", budget, practices: [] },
})

describe("money is bounded where a command is decoded", () => {
  it.prop(
    "a decoded budget's total is a safe integer within the maximum; anything beyond is refused",
    [lines],
    ([ls]) => {
      const decoded = Schema.decodeUnknownEither(Route.Budget)(ls)
      const withinBounds =
        ls.every((l) => l.amount <= Kernel.MaxLineCents) && ls.reduce((s, l) => s + l.amount, 0) <= Kernel.MaxTotalCents
      assert.strictEqual(Either.isRight(decoded), withinBounds)
      if (Either.isRight(decoded)) {
        const total = Route.budgetTotal(decoded.right)
        assert.isTrue(Number.isSafeInteger(total) && total <= Kernel.MaxTotalCents)
      }
    },
  )

  it("two lines of 2^52 cents are refused, and the message names the field", () => {
    const refused = decodeDraft(draftWith([line(2 ** 52), line(2 ** 52 + 2)]))
    assert.isTrue(Either.isLeft(refused))
    if (Either.isLeft(refused)) {
      const message = ParseResult.TreeFormatter.formatErrorSync(refused.left)
      assert.include(message, '["budget"]')
      assert.include(message, '["amount"]')
      assert.include(message, `expected at most ${Kernel.MaxLineCents} cents`)
    }
  })

  it("lines each within the maximum whose total exceeds it are refused by the budget's total", () => {
    const refused = decodeDraft(draftWith(Array.from({ length: 11 }, () => line(Kernel.MaxLineCents))))
    assert.isTrue(Either.isLeft(refused))
    if (Either.isLeft(refused)) {
      assert.include(ParseResult.TreeFormatter.formatErrorSync(refused.left), "totalling at most")
    }
  })

  it("a programme's available budget beyond the maximum is refused in the governance model", () => {
    const preset = Governance.samenWeerbaarJson()
    const tooMuch = { ...preset, programme: { ...preset.programme, availableBudget: Kernel.MaxTotalCents + 1 } }
    const refused = Schema.decodeUnknownEither(Governance.GovernanceModel)(tooMuch)
    assert.isTrue(Either.isLeft(refused))
    if (Either.isLeft(refused)) {
      const message = ParseResult.TreeFormatter.formatErrorSync(refused.left)
      assert.include(message, '["availableBudget"]')
    }
    const atMost = { ...preset, programme: { ...preset.programme, availableBudget: Kernel.MaxTotalCents } }
    assert.isTrue(Either.isRight(Schema.decodeUnknownEither(Governance.GovernanceModel)(atMost)))
  })
})
