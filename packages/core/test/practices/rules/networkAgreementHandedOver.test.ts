import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice, Route } from "@weerbaar/core"
import { hennepconvenant, registerHennepconvenant } from "../../support/networkAgreementFixtures.js"
import { ctx, model, persons, refusingModel } from "../../support/practiceFixtures.js"
import { history } from "../../support/routeFixtures.js"

const overdracht = Route.ItemId.make("overdracht-hennep")
const draft = () =>
  Kernel.fold(
    Route.routeDecider,
    history([
      persons.stuurgroep,
      new Route.DraftItem({
        itemId: overdracht,
        kind: "overdracht",
        draftingBody: Governance.BodyId.make("stuurgroep"),
        content: { title: "Overdracht", description: "", budget: [], practices: [hennepconvenant] },
      }),
    ]),
  )

const noted = () => {
  const result = Practice.practiceDecider.decide(
    registerHennepconvenant(),
    Practice.practiceDecider.initialState,
    ctx(persons.dvo, "2016-02-15"),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return Kernel.fold(Practice.practiceDecider, result.right.events)
}

const codes = (m: Governance.GovernanceModel) =>
  Practice.handoverReadinessViolations(
    new Route.SubmitItem({ itemId: overdracht }),
    draft(),
    new Map([[hennepconvenant as string, noted()]]),
    m,
  ).map((v) => v.code)

describe("handover.network-agreement", () => {
  it("given the hennepconvenant came from VNON, when the Stuurgroep submits a handover of it, then it is refused: it does not go back", () => {
    assert.deepStrictEqual(codes(model), ["handover.network-agreement"])
    assert.deepStrictEqual(codes(refusingModel), ["handover.network-agreement"])
  })
})
