import { describe, expect, it } from "vitest"
import { Governance, Kernel } from "@weerbaar/core"
import { adjustment, codesOf, dvoSecretary, inForce, richer, today } from "../../support/adoptionFixtures.js"

describe("model.decision-already-cited: one decision adopts one version", () => {
  it("given a version that cites the DVO's decision, when the decision is cited again, then it is refused naming the version", () => {
    const adopted: Governance.ModelVersion = {
      version: 3,
      model: richer(),
      validFrom: Kernel.calendarDate("2016-05-12"),
      basis: {
        _tag: "besluit",
        itemId: "bijstelling-2016",
        decisionId: "dvo-bijstelling",
        body: "dvo",
        meetingDate: "2016-05-12",
      },
      decided: true,
      adoptedBy: "secretaris-dvo",
      at: "2016-05-13T10:00:00.000Z",
    }
    const verdict = Governance.adoptionVerdict([...inForce, adopted], {
      model: richer(),
      actor: dvoSecretary,
      today,
      decision: { item: adjustment(richer()), decisionId: "dvo-bijstelling" },
    })
    expect(codesOf(verdict)).toEqual(["model.decision-already-cited"])
    expect(verdict._tag === "Left" && verdict.left.violations[0]!.facts.version).toBe(3)
  })
})
