import { describe, expect, it } from "vitest"
import { Governance } from "@weerbaar/core"
import { adjustment, codesOf, dvoSecretary, inForce, model, richer, today } from "../../support/adoptionFixtures.js"

describe("model.not-what-was-decided: exactly the rule book the DVO decided on is adopted", () => {
  it("given the DVO approved an adjustment proposing one model, when another is adopted citing it, then it is refused", () => {
    const proposed = richer()
    const other = richer(richer())
    const verdict = Governance.adoptionVerdict(inForce, {
      model: other,
      actor: dvoSecretary,
      today,
      decision: { item: adjustment(proposed), decisionId: "dvo-bijstelling" },
    })
    expect(codesOf(verdict)).toEqual(["model.not-what-was-decided"])
  })

  it("given an adjustment that names no model, when a model is adopted citing it, then it is refused", () => {
    const item = adjustment(model)
    const bare = item.exists ? { ...item, content: { ...item.content, proposedModel: undefined } } : item
    const verdict = Governance.adoptionVerdict(inForce, {
      model,
      actor: dvoSecretary,
      today,
      decision: { item: bare, decisionId: "dvo-bijstelling" },
    })
    expect(codesOf(verdict)).toEqual(["model.not-what-was-decided"])
  })

  it("the fingerprint is the same for the same model and differs for another", () => {
    expect(Governance.modelFingerprint(Governance.samenWeerbaar())).toBe(Governance.modelFingerprint(model))
    expect(Governance.modelFingerprint(richer())).not.toBe(Governance.modelFingerprint(model))
  })
})
