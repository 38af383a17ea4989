import { assert, describe, it } from "@effect/vitest"
import { Governance, Health, Kernel } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { confirm, executionCtx, measure, notAccordedCtx, spend } from "../support/healthFixtures.js"
import { itemId, now } from "../support/routeFixtures.js"

const confirmedByPolitie = () => {
  const result = Health.confirmationDecider.decide(
    confirm(),
    Health.confirmationDecider.initialState,
    executionCtx(Governance.PersonId.make("teamchef-politie")),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right.events
}
const spent = (amount: number) => {
  const result = Health.spendingDecider.decide(
    spend(amount),
    Health.spendingDecider.initialState,
    executionCtx(Governance.PersonId.make("teamchef-politie")),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return result.right.events
}

describe("a partner confirms its part of an accorded proposal", () => {
  it("a person of a partner with a budget line confirms its part", () => {
    given(Health.confirmationDecider)
      .when(confirm(), executionCtx(Governance.PersonId.make("teamchef-politie")))
      .thenEmits([
        new Health.PartConfirmed({
          itemId,
          organisation: Governance.OrganisationId.make("politie-oost-nederland"),
          decisionId: measure().decisionId,
          confirmedOn: Kernel.calendarDate("2016-06-15"),
          confirmedBy: Governance.PersonId.make("teamchef-politie"),
          at: now("2016-06-15"),
        }),
      ])
  })

  it("execution.not-accorded: nothing is confirmed before the DVO accorded the proposal", () => {
    given(Health.confirmationDecider)
      .when(confirm(), notAccordedCtx(Governance.PersonId.make("teamchef-politie")))
      .refused("execution.not-accorded")
  })

  it("execution.not-a-partner and execution.not-own-organisation: Rheden has no line, and the OM does not confirm for it", () => {
    given(Health.confirmationDecider)
      .when(confirm("rheden"), executionCtx(Governance.PersonId.make("officier-om")))
      .refused("execution.not-a-partner", "execution.not-own-organisation")
  })

  it("execution.already-confirmed: a partner confirms once per accord", () => {
    given(Health.confirmationDecider, confirmedByPolitie())
      .when(confirm(), executionCtx(Governance.PersonId.make("districtschef-politie")))
      .refused("execution.already-confirmed")
  })
})

describe("spending is reported per budget line", () => {
  it("the line's organisation reports spending within the line", () => {
    given(Health.spendingDecider)
      .when(spend(1_000_000), executionCtx(Governance.PersonId.make("teamchef-politie")))
      .thenEvents((_events, state) =>
        assert.strictEqual(state.get("projectleiding/politie-oost-nederland/2016"), 1_000_000),
      )
  })

  it("spending.exceeds-line: at weigeren, overspending a line is refused, with the shortfall and the need for a new decision", () => {
    const context = executionCtx(Governance.PersonId.make("secretaris-stuurgroep"))
    const refused: Kernel.Refused = given(Health.spendingDecider, spent(2_000_000))
      .when(spend(600_000), { ...context, model: { ...context.model, forces: {} } })
      .refused("spending.exceeds-line")
    assert.deepInclude(refused.violations[0]?.facts, { budgeted: 2_500_000, spent: 2_000_000, shortfall: 100_000 })
    assert.include(refused.explain("nl"), "aanvullend voorstel")
  })

  it("spending.unknown-line, spending.may-not-report, spending.nothing-spent and spending.outside-period: all at once", () => {
    given(Health.spendingDecider)
      .when(spend(0, "2016-05-01", "catering"), executionCtx(Governance.PersonId.make("lid-eg-wm-wageningen")))
      .refused("spending.unknown-line", "spending.may-not-report", "spending.nothing-spent", "spending.outside-period")
  })

  it("spending.outside-period: not in the future, nor in another year than the line's", () => {
    given(Health.spendingDecider)
      .when(spend(100, "2016-06-20"), executionCtx(Governance.PersonId.make("teamchef-politie")))
      .refused("spending.outside-period")
    given(Health.spendingDecider)
      .when(spend(100, "2017-01-05"), executionCtx(Governance.PersonId.make("teamchef-politie"), "2017-01-10"))
      .refused("spending.outside-period")
  })

  it("execution.not-accorded: no spending on a proposal that is not accorded", () => {
    given(Health.spendingDecider)
      .when(spend(100), notAccordedCtx(Governance.PersonId.make("teamchef-politie")))
      .refused("execution.not-accorded")
  })
})
