import { assert, describe, it } from "@effect/vitest"
import { Governance, Health, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { executionCtx } from "../../support/healthFixtures.js"
import { itemId } from "../../support/routeFixtures.js"

describe("execution.confirmed-in-future", () => {
  it("given today is 2016-06-15, when a confirmation is dated next week, then it is refused", () => {
    const refusal = given(Health.confirmationDecider)
      .when(
        new Health.ConfirmPart({
          itemId,
          organisation: Governance.OrganisationId.make("politie-oost-nederland"),
          confirmedOn: Kernel.calendarDate("2016-06-22"),
        }),
        executionCtx(Governance.PersonId.make("teamchef-politie")),
      )
      .refused("execution.confirmed-in-future")
    assert.deepStrictEqual(factsOfRule(refusal, "execution.confirmed-in-future"), {
      confirmedOn: "2016-06-22",
      today: "2016-06-15",
    })
  })
})
