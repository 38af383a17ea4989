import { Schema } from "effect"
import { describe, expect, it } from "vitest"
import { Kernel } from "@weerbaar/core"

const notOnTurn = Kernel.defineRule<{ body: string }>()({
  code: "test.not-on-turn",
  rule: { nl: "Alleen het orgaan dat aan de beurt is, besluit.", en: "Only the body on turn decides." },
  explain: (f) => ({ nl: `${f.body} is niet aan de beurt`, en: `${f.body} is not on turn` }),
})

describe("a rule violation", () => {
  it("carries its code, rule, facts and explanation in both languages", () => {
    const v = Kernel.violation(notOnTurn, { body: "dvo" })
    expect(v).toBeInstanceOf(Kernel.RuleViolation)
    expect({ code: v.code, facts: v.facts, explanation: v.explanation }).toEqual({
      code: "test.not-on-turn",
      facts: { body: "dvo" },
      explanation: { nl: "dvo is niet aan de beurt", en: "dvo is not on turn" },
    })
    expect(v.rule).toEqual(notOnTurn.rule)
    expect(v.message).toBe("test.not-on-turn: dvo is not on turn")
  })

  it("is plain data, not an Error: equal facts make equal violations, and a round trip through JSON keeps it", () => {
    const v = Kernel.violation(notOnTurn, { body: "dvo" })
    expect(v).not.toBeInstanceOf(Error)
    expect("stack" in v).toBe(false)
    expect(
      Schema.decodeUnknownSync(Kernel.RuleViolation)(
        JSON.parse(JSON.stringify(Schema.encodeSync(Kernel.RuleViolation)(v))),
      ),
    ).toEqual(v)
  })

  it("refuses a command with every violation, and explains each in the language asked", () => {
    const refused = new Kernel.Refused({
      command: "RecordDecision",
      violations: [Kernel.violation(notOnTurn, { body: "dvo" }), Kernel.violation(notOnTurn, { body: "stuurgroep" })],
    })
    expect(refused.codes).toEqual(["test.not-on-turn", "test.not-on-turn"])
    expect(refused.explain("nl")).toBe(
      "test.not-on-turn: dvo is niet aan de beurt\ntest.not-on-turn: stuurgroep is niet aan de beurt",
    )
  })
})
