import { assert, describe, it } from "@effect/vitest"
import { Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { accordedPractice, ctx, evaluation, inPilot, persons, practiceId } from "../../support/practiceFixtures.js"

const evaluateOn = (kind: Practice.Evaluation["kind"], date: string) =>
  new Practice.RecordEvaluation({ practiceId, evaluation: evaluation(kind, undefined, `ev-${kind}-2`, date) })

describe("practice.evaluation-before-start", () => {
  it("given a pilot started on 2016-03-01, when its evaluation is dated in February, then it is refused", () => {
    const refusal = given(Practice.practiceDecider, inPilot())
      .when(evaluateOn("pilot", "2016-02-15"), ctx(persons.lid))
      .refused("practice.evaluation-before-start")
    assert.deepStrictEqual(factsOfRule(refusal, "practice.evaluation-before-start"), {
      evaluation: "ev-pilot-2",
      kind: "pilot",
      evaluatedOn: "2016-02-15",
      startedOn: "2016-03-01",
    })
  })

  it("given an execution started on 2016-06-10, when its evaluation is dated before it, then it is refused", () => {
    const executing = accordedPractice()
    const started = Practice.practiceDecider.decide(
      new Practice.StartExecution({ practiceId, startedOn: Kernel.calendarDate("2016-06-10") }),
      Kernel.fold(Practice.practiceDecider, executing),
      ctx(persons.trekker, "2016-06-15"),
    )
    if (started._tag === "Left") throw new Error(started.left.message)
    const history = [...executing, ...started.right.events]
    given(Practice.practiceDecider, history)
      .when(evaluateOn("uitvoering", "2016-06-05"), ctx(persons.lid, "2016-06-15"))
      .refused("practice.evaluation-before-start")
    given(Practice.practiceDecider, history)
      .when(evaluateOn("uitvoering", "2016-06-12"), ctx(persons.lid, "2016-06-15"))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.status === "geevalueerd"))
  })
})
