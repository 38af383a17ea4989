import { describe, expect, it } from "vitest"
import { Governance, Kernel } from "@weerbaar/core"
import { adjustment, codesOf, dvoSecretary, inForce, richer, today } from "../../support/adoptionFixtures.js"

const adopt = (validFrom: string) =>
  Governance.adoptionVerdict(inForce, {
    model: richer(),
    actor: dvoSecretary,
    today,
    decision: { item: adjustment(richer()), decisionId: "dvo-bijstelling" },
    validFrom: Kernel.calendarDate(validFrom),
  })

describe("model.valid-from-too-early: a version applies no earlier than its decision, nor before the version in force", () => {
  it("given the DVO decided on 2016-05-12, when the version is to apply from 2016-07-01, then it applies from then", () => {
    expect(adopt("2016-07-01")).toMatchObject({ _tag: "Right", right: { validFrom: "2016-07-01" } })
  })

  it("given the DVO decided on 2016-05-12, when the version is to apply from 2016-05-01, then it is refused naming the earliest date", () => {
    const verdict = adopt("2016-05-01")
    expect(codesOf(verdict)).toEqual(["model.valid-from-too-early"])
    expect(verdict._tag === "Left" && verdict.left.violations[0]!.facts.earliest).toBe("2016-05-12")
  })
})
