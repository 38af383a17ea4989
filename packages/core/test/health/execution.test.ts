import { assert, describe, it } from "@effect/vitest"
import {
  confirmationDecider,
  OrganisationId,
  PartConfirmed,
  PersonId,
  type Refused,
  spendingDecider,
} from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { confirm, executionCtx, measure, notAccordedCtx, spend } from "../support/healthFixtures.js"
import { itemId, now } from "../support/routeFixtures.js"

const confirmedByPolitie = () => {
  const result = confirmationDecider.decide(
    confirm(),
    confirmationDecider.initialState,
    executionCtx(PersonId.make("teamchef-politie")),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right
}
const spent = (amount: number) => {
  const result = spendingDecider.decide(
    spend(amount),
    spendingDecider.initialState,
    executionCtx(PersonId.make("teamchef-politie")),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right
}

describe("a partner confirms its part of an accorded proposal", () => {
  it("a person of a partner with a budget line confirms its part", () => {
    given(confirmationDecider)
      .when(confirm(), executionCtx(PersonId.make("teamchef-politie")))
      .thenEmits([
        new PartConfirmed({
          itemId,
          organisation: OrganisationId.make("politie-oost-nederland"),
          decisionId: measure().decisionId,
          confirmedBy: PersonId.make("teamchef-politie"),
          at: now("2016-06-15"),
        }),
      ])
  })

  it("execution.not-accorded: nothing is confirmed before the DVO accorded the proposal", () => {
    given(confirmationDecider)
      .when(confirm(), notAccordedCtx(PersonId.make("teamchef-politie")))
      .refused("execution.not-accorded")
  })

  it("execution.not-a-partner and execution.not-own-organisation: Rheden has no line, and the OM does not confirm for it", () => {
    given(confirmationDecider)
      .when(confirm("rheden"), executionCtx(PersonId.make("officier-om")))
      .refused("execution.not-a-partner", "execution.not-own-organisation")
  })

  it("execution.already-confirmed: a partner confirms once per accord", () => {
    given(confirmationDecider, confirmedByPolitie())
      .when(confirm(), executionCtx(PersonId.make("districtschef-politie")))
      .refused("execution.already-confirmed")
  })
})

describe("spending is reported per budget line", () => {
  it("the line's organisation reports spending within the line", () => {
    given(spendingDecider)
      .when(spend(1_000_000), executionCtx(PersonId.make("teamchef-politie")))
      .thenEvents((_events, state) =>
        assert.strictEqual(state.get("projectleiding/politie-oost-nederland/2016"), 1_000_000),
      )
  })

  it("spending.exceeds-line: overspending a line is refused, with the shortfall and the need for a new decision", () => {
    const refused: Refused = given(spendingDecider, spent(2_000_000))
      .when(spend(600_000), executionCtx(PersonId.make("secretaris-stuurgroep")))
      .refused("spending.exceeds-line")
    assert.deepInclude(refused.violations[0]?.facts, { budgeted: 2_500_000, spent: 2_000_000, shortfall: 100_000 })
    assert.include(refused.explain("nl"), "aanvullend voorstel")
  })

  it("spending.unknown-line, spending.may-not-report, spending.nothing-spent and spending.outside-period: all at once", () => {
    given(spendingDecider)
      .when(spend(0, "2016-05-01", "catering"), executionCtx(PersonId.make("lid-eg-wm-wageningen")))
      .refused("spending.unknown-line", "spending.may-not-report", "spending.nothing-spent", "spending.outside-period")
  })

  it("spending.outside-period: not in the future, nor in another year than the line's", () => {
    given(spendingDecider)
      .when(spend(100, "2016-06-20"), executionCtx(PersonId.make("teamchef-politie")))
      .refused("spending.outside-period")
    given(spendingDecider)
      .when(spend(100, "2017-01-05"), executionCtx(PersonId.make("teamchef-politie"), "2017-01-10"))
      .refused("spending.outside-period")
  })

  it("execution.not-accorded: no spending on a proposal that is not accorded", () => {
    given(spendingDecider)
      .when(spend(100), notAccordedCtx(PersonId.make("teamchef-politie")))
      .refused("execution.not-accorded")
  })
})
