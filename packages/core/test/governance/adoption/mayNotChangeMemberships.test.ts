import { describe, expect, it } from "vitest"
import { Governance } from "@weerbaar/core"
import {
  codesOf,
  drafter,
  inForce,
  stuurgroepSecretary,
  today,
  trekker,
  without,
} from "../../support/adoptionFixtures.js"

describe("model.may-not-change-memberships: a body's memberships change by a person acting for it", () => {
  it("given the plan in force, when the expert group's trekker records that a member left, then the change amends the version in force without a decision", () => {
    const verdict = Governance.adoptionVerdict(inForce, { model: without(drafter), actor: trekker, today })
    expect(verdict).toMatchObject({
      _tag: "Right",
      right: { basis: { _tag: "lidmaatschappen" }, validFrom: "2016-01-14" },
    })
  })

  it("given the plan in force, when the Stuurgroep's secretary changes the expert group's seats, then it is refused naming the body", () => {
    const verdict = Governance.adoptionVerdict(inForce, { model: without(drafter), actor: stuurgroepSecretary, today })
    expect(codesOf(verdict)).toEqual(["model.may-not-change-memberships"])
    expect(verdict._tag === "Left" && verdict.left.violations[0]!.facts.body).toBe("eg-ondermijnende-criminaliteit")
  })

  it("given a mayor with seats in the DVO and the Stuurgroep, when an expert group's trekker removes them, then each body is refused", () => {
    const verdict = Governance.adoptionVerdict(inForce, {
      model: without("burgemeester-rheden"),
      actor: trekker,
      today,
    })
    expect(new Set(codesOf(verdict))).toEqual(new Set(["model.may-not-change-memberships"]))
    expect(verdict._tag === "Left" && verdict.left.violations.map((v) => v.facts.body)).toEqual(["dvo", "stuurgroep"])
  })
})
