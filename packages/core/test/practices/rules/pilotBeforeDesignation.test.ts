import { assert, describe, it } from "@effect/vitest"
import { Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { ctx, designate, persons, practiceHistory, practiceId, register } from "../../support/practiceFixtures.js"

const designated = () => practiceHistory([persons.lid, register()], [persons.stuurgroep, designate()])
const startOn = (date: string) => new Practice.StartPilot({ practiceId, startedOn: Kernel.calendarDate(date) })

describe("practice.pilot-before-designation", () => {
  it("given Rheden designated on 2016-02-01, when the pilot is dated in January, then it is refused", () => {
    const refusal = given(Practice.practiceDecider, designated())
      .when(startOn("2016-01-15"), ctx(persons.trekker))
      .refused("practice.pilot-before-designation")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.pilot-before-designation"), {
      practice: practiceId,
      startedOn: "2016-01-15",
      designatedOn: "2016-02-01",
    })
  })

  it("given the designation, when the pilot is entered later for a date after it, then it keeps that date", () => {
    given(Practice.practiceDecider, designated())
      .when(startOn("2016-03-01"), ctx(persons.trekker))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.pilotStartedOn === "2016-03-01"))
  })

  it("a pilot dated in the future is refused by practice.date-in-future", () => {
    given(Practice.practiceDecider, designated())
      .when(startOn("2016-07-01"), ctx(persons.trekker))
      .refused("practice.date-in-future")
  })
})
