import { describe, expect, it } from "vitest"
import { defineRule, Refused, RuleViolation, violation } from "@weerbaar/core"

const notOnTurn = defineRule<{ body: string }>({
  code: "test.not-on-turn",
  rule: { nl: "Alleen het orgaan dat aan de beurt is, besluit.", en: "Only the body on turn decides." },
  explain: (f) => ({ nl: `${f.body} is niet aan de beurt`, en: `${f.body} is not on turn` }),
})

describe("a rule violation", () => {
  it("carries its code, rule, facts and explanation in both languages", () => {
    const v = violation(notOnTurn, { body: "dvo" })
    expect(v).toBeInstanceOf(RuleViolation)
    expect(v._tag).toBe("RuleViolation")
    expect({ code: v.code, facts: v.facts, explanation: v.explanation }).toEqual({
      code: "test.not-on-turn",
      facts: { body: "dvo" },
      explanation: { nl: "dvo is niet aan de beurt", en: "dvo is not on turn" },
    })
    expect(v.rule).toEqual(notOnTurn.rule)
    expect(v.message).toBe("test.not-on-turn: dvo is not on turn")
  })

  it("has no stack frames, and leaves Error.stackTraceLimit as it was", () => {
    const before = Error.stackTraceLimit
    const v = violation(notOnTurn, { body: "dvo" })
    expect(Error.stackTraceLimit).toBe(before)
    expect(v.stack ?? "").not.toMatch(/\n\s+at /)
    // Errors made elsewhere keep their stacks.
    expect(new Error("elsewhere").stack).toMatch(/\n\s+at /)
  })

  it("is still built, with its stack, where Error.stackTraceLimit cannot be changed", () => {
    const descriptor = Object.getOwnPropertyDescriptor(Error, "stackTraceLimit")!
    Object.defineProperty(Error, "stackTraceLimit", { ...descriptor, writable: false })
    try {
      const refused = new Refused({ command: "RecordDecision", violations: [violation(notOnTurn, { body: "dvo" })] })
      expect(refused.codes).toEqual(["test.not-on-turn"])
    } finally {
      Object.defineProperty(Error, "stackTraceLimit", descriptor)
    }
  })
})
