import { assert, describe, it } from "@effect/vitest"
import { Governance, Kernel, Practice } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { imported, revise, vnonChair, vnonCtx, vnonMember } from "../support/importedFixtures.js"
import { evaluation, practiceId } from "../support/practiceFixtures.js"

const evaluateExecution = (id = "ev-vnon-1", date = "2017-02-15") =>
  new Practice.RecordEvaluation({
    practiceId,
    evaluation: evaluation("uitvoering", "effectief-sterke-aanwijzingen", id, date),
  })

describe("VNON carries on with a practice it took over", () => {
  it("given an imported practice, when VNON's expert group evaluates its execution, then the evaluation is kept and the status stays overgedragen", () => {
    given(Practice.practiceDecider, imported())
      .when(evaluateExecution(), vnonCtx(vnonMember))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "EvaluationRecorded")
        assert.isTrue(state.exists && state.status === "overgedragen")
        assert.deepStrictEqual(state.exists ? state.evaluations.map((e) => e.evaluationId) : [], ["ev-sw", "ev-vnon-1"])
      })
  })

  it("given an imported practice, when a member revises its documentation, then version 2 keeps the lineage to the package", () => {
    given(Practice.practiceDecider, imported())
      .when(revise(), vnonCtx(vnonMember))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "PracticeRevised")
        if (!state.exists) throw new Error("no practice")
        assert.strictEqual(Practice.practiceVersion(state), 2)
        assert.strictEqual(state.documentation?.context, "Gemeenten in heel Oost-Nederland.")
        assert.strictEqual(state.status, "overgedragen")
        const lineage = Practice.practiceLineage(state)
        assert.strictEqual(lineage?.from.packageDigest, "a".repeat(64))
        assert.strictEqual(lineage?.from.programme, "Samen Weerbaar")
        assert.deepStrictEqual(
          lineage?.versions.map((v) => [v.version, v.by, v.reason, v.changed]),
          [
            [1, "Stuurgroep Samen Weerbaar", "overgedragen door Samen Weerbaar (Gelderland-Midden)", []],
            [2, "lid-eg-ondermijning-vnon-riec", "Aangepast aan de districten van Oost-Nederland.", ["documentation"]],
          ],
        )
      })
  })

  it("given a revision, when a second one changes the title, then it is version 3 and names only the title", () => {
    const first = Practice.practiceDecider.decide(
      revise(),
      Kernel.fold(Practice.practiceDecider, imported()),
      vnonCtx(vnonMember),
    )
    if (first._tag === "Left") throw new Error(first.left.message)
    given(Practice.practiceDecider, [...imported(), ...first.right.events])
      .when(
        new Practice.RevisePractice({
          practiceId,
          title: "Hennepconvenant Oost-Nederland",
          reason: "Breder toepasbaar.",
        }),
        vnonCtx(vnonChair, "2017-04-01"),
      )
      .thenEvents((events, state) => {
        const event = events[0]
        assert.isTrue(event?._tag === "PracticeRevised" && event.version === 3 && event.documentation === undefined)
        assert.isTrue(state.exists && state.description.title === "Hennepconvenant Oost-Nederland")
      })
  })

  it("given an imported practice, when VNON starts its execution, then the start is dated and a second start is refused", () => {
    const start = new Practice.StartExecution({ practiceId, startedOn: Kernel.calendarDate("2017-02-01") })
    const started = Practice.practiceDecider.decide(
      start,
      Kernel.fold(Practice.practiceDecider, imported()),
      vnonCtx(vnonChair),
    )
    if (started._tag === "Left") throw new Error(started.left.message)
    const state = Kernel.fold(Practice.practiceDecider, [...imported(), ...started.right.events])
    assert.isTrue(state.exists && state.status === "overgedragen" && state.executionStartedOn === "2017-02-01")
    given(Practice.practiceDecider, [...imported(), ...started.right.events])
      .when(start, vnonCtx(vnonChair))
      .refused("practice.network-execution-started")
  })

  it("given an imported practice, when someone outside VNON's expert group revises it, then it is refused", () => {
    given(Practice.practiceDecider, imported())
      .when(revise(), vnonCtx(Governance.PersonId.make("voorzitter-bbg")))
      .refused("practice.not-expert-group-member")
  })
})
