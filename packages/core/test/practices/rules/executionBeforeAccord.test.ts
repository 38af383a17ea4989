import { assert, describe, it } from "@effect/vitest"
import { Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { accordedPractice, ctx, persons, practiceId } from "../../support/practiceFixtures.js"

const startOn = (date: string) => new Practice.StartExecution({ practiceId, startedOn: Kernel.calendarDate(date) })

describe("practice.execution-before-accord", () => {
  it("given the accord on 2016-06-01, when the execution is dated in May, then it is refused", () => {
    const refusal = given(Practice.practiceDecider, accordedPractice())
      .when(startOn("2016-05-20"), ctx(persons.trekker, "2016-06-15"))
      .refused("practice.execution-before-accord")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.execution-before-accord"), {
      practice: practiceId,
      startedOn: "2016-05-20",
      accordedOn: "2016-06-01",
    })
  })

  it("given the accord, when last week's start is entered, then the execution keeps that date", () => {
    given(Practice.practiceDecider, accordedPractice())
      .when(startOn("2016-06-08"), ctx(persons.trekker, "2016-06-15"))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.executionStartedOn === "2016-06-08"))
  })
})
