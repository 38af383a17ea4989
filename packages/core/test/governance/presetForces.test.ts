import { assert, describe, it } from "@effect/vitest"
import { Governance } from "@weerbaar/core"

const model = Governance.samenWeerbaar()

describe("the forces of the Samen Weerbaar preset", () => {
  it("signals exactly the room the plan gives, each a rule that asks the actor's reason; every other rule refuses", () => {
    const signalled = Object.entries(model.forces ?? {})
      .filter(([, force]) => force === "signaleren")
      .map(([code]) => code)
      .sort()
    assert.deepStrictEqual(signalled, [
      "handover.evidence-below-minimum",
      "programme.item-on-route",
      "programme.theme-not-handed-over",
      "spending.exceeds-line",
      "track.exemption-required",
      "track.not-a-pilot-municipality",
    ])
    for (const code of signalled) assert.isTrue(Governance.ruleOfCode(code)?.asksReason, `${code} asks a reason`)
    assert.isFalse(Object.values(model.forces ?? {}).includes("uit"))
    assert.strictEqual(Governance.forceOf(model.forces, "decision.four-eyes"), "weigeren")
  })

  it("the DVO, the Stuurgroep and the RVO decide by consensus without a quorum (bestuurlijk overleg)", () => {
    for (const id of ["dvo", "stuurgroep", "rvo"]) {
      assert.deepStrictEqual(model.bodies.find((b) => b.id === id)?.decisionRule, { method: "consensus" })
    }
  })

  it("the preset is a valid model: its forces weaken no invariant", () => {
    assert.deepStrictEqual(Governance.forceProblems(model.forces), [])
  })
})
