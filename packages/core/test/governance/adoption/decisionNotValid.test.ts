import { describe, expect, it } from "vitest"
import { Governance, type Route } from "@weerbaar/core"
import { adjustment, codesOf, dvoSecretary, inForce, richer, today } from "../../support/adoptionFixtures.js"

const cite = (item: Route.ItemState, decisionId = "dvo-bijstelling") =>
  Governance.adoptionVerdict(inForce, { model: richer(), actor: dvoSecretary, today, decision: { item, decisionId } })

describe("model.decision-not-valid: a version cites a final, unrevoked approval of the bestuurlijk body on the plan or an adjustment", () => {
  it("given the DVO's final approval of an adjustment proposing the model, when it is cited, then the version applies from the meeting's date", () => {
    expect(cite(adjustment(richer()))).toMatchObject({
      _tag: "Right",
      right: { validFrom: "2016-05-12", basis: { _tag: "besluit", decisionId: "dvo-bijstelling", body: "dvo" } },
    })
  })

  it.each([
    ["a decision the item does not have", adjustment(richer()), "besluit-onbekend"],
    ["a decision of the Stuurgroep", adjustment(richer(), { body: Governance.BodyId.make("stuurgroep") }), undefined],
    ["a rejection", adjustment(richer(), { outcome: "reject" }), undefined],
    ["a decision that is not the route's last", adjustment(richer(), { final: false }), undefined],
    ["a revoked decision", adjustment(richer(), { revokedBy: "dvo-intrekking" }), undefined],
    ["a decision on a beleidsvoorstel", adjustment(richer(), {}, { kind: "beleidsvoorstel" }), undefined],
    ["an item that does not exist", { exists: false } as const, undefined],
  ])("given %s, when it is cited, then it is refused", (_, item, decisionId) => {
    expect(codesOf(cite(item, decisionId))).toEqual(["model.decision-not-valid"])
  })

  it("given the DVO's decision, when a member without a seat in the DVO or the Stuurgroep records the version, then it is refused", () => {
    const verdict = Governance.adoptionVerdict(inForce, {
      model: richer(),
      actor: Governance.PersonId.make("lid-eg-oc-rheden"),
      today,
      decision: { item: adjustment(richer()), decisionId: "dvo-bijstelling" },
    })
    expect(codesOf(verdict)).toEqual(["governance.may-not-adopt"])
  })
})
