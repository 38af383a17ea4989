import { describe, expect, it } from "vitest"
import { Governance } from "@weerbaar/core"
import { codesOf, dvoSecretary, inForce, model, richer, today } from "../../support/adoptionFixtures.js"

describe("model.requires-decision: the rule book changes only by the DVO's decision", () => {
  it("given the plan in force, when the DVO's secretary adopts six times the budget without a decision, then it is refused naming what changed", () => {
    const verdict = Governance.adoptionVerdict(inForce, { model: richer(), actor: dvoSecretary, today })
    expect(codesOf(verdict)).toEqual(["model.requires-decision"])
    expect(verdict._tag === "Left" && verdict.left.violations[0]!.facts.changed).toEqual(["programme"])
  })

  it("given the plan in force, when any part of the structure changes without a decision, then each changed part is named", () => {
    const changed: Governance.GovernanceModel = {
      ...model,
      forces: { "budget.exceeds-available": "signaleren" },
      routes: model.routes.filter((r) => r.item !== "opdracht"),
    }
    const verdict = Governance.adoptionVerdict(inForce, { model: changed, actor: dvoSecretary, today })
    expect(verdict._tag === "Left" && verdict.left.violations[0]!.facts.changed).toEqual(["forces", "routes"])
  })

  it("given an empty store, when the first version is adopted, then it founds the store as a concept from the programme's start", () => {
    const verdict = Governance.adoptionVerdict([], { model, actor: dvoSecretary, today })
    expect(verdict).toMatchObject({ _tag: "Right", right: { basis: { _tag: "oprichting" }, validFrom: "2015-09-03" } })
  })
})
