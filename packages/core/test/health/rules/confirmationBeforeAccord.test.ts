import { assert, describe, it } from "@effect/vitest"
import { Governance, Health, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { executionCtx } from "../../support/healthFixtures.js"
import { itemId } from "../../support/routeFixtures.js"

const confirmOn = (date: string) =>
  new Health.ConfirmPart({
    itemId,
    organisation: Governance.OrganisationId.make("politie-oost-nederland"),
    confirmedOn: Kernel.calendarDate(date),
  })
const politie = Governance.PersonId.make("teamchef-politie")

describe("execution.confirmed-before-accord", () => {
  it("given the accord on 2016-06-01, when the police confirm their part dated in May, then it is refused", () => {
    const refusal = given(Health.confirmationDecider)
      .when(confirmOn("2016-05-28"), executionCtx(politie))
      .refused("execution.confirmed-before-accord")
    assert.deepStrictEqual(factsOfRule(refusal, "execution.confirmed-before-accord"), {
      item: itemId,
      confirmedOn: "2016-05-28",
      accordedOn: "2016-06-01",
    })
  })

  it("given the accord, when last week's confirmation is entered, then it keeps its date", () => {
    given(Health.confirmationDecider)
      .when(confirmOn("2016-06-08"), executionCtx(politie))
      .thenEvents((_events, state) => assert.strictEqual(state.get("politie-oost-nederland")?.on, "2016-06-08"))
  })
})
