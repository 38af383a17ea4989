import { assert, describe, it } from "@effect/vitest"
import { Governance, Health, Kernel, Practice } from "@weerbaar/core"
import { registerHennepconvenant } from "../support/networkAgreementFixtures.js"
import { ctx, model, persons } from "../support/practiceFixtures.js"

const noted = (): Practice.NetworkAgreementRegistered => {
  const result = Practice.practiceDecider.decide(
    registerHennepconvenant(),
    Practice.practiceDecider.initialState,
    ctx(persons.dvo, "2016-02-15"),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  const [event] = result.right.events
  if (event?._tag !== "NetworkAgreementRegistered") throw new Error("expected the agreement")
  return event
}

const executing = (municipality: string): Health.TrackProgress => ({
  practiceId: "na-hennepconvenant",
  municipality,
  phase: "in_uitvoering",
  since: Kernel.calendarDate("2016-03-01"),
  exempted: false,
})

describe("health.commitment.network-tracks-started", () => {
  it("given the hennepconvenant, when half a year later Ede and Rheden execute it, then the others are named, as a network agreement with no partners to confirm", () => {
    const condition = Health.commitmentHealth(
      model,
      {
        measures: [Health.networkMeasureOfEvent(noted())],
        tracks: [executing("ede"), executing("rheden")],
        confirmations: new Map(),
      },
      Kernel.calendarDate("2016-09-01"),
    )
    assert.deepStrictEqual(
      condition.findings.map((f) => f.code),
      ["health.commitment.network-tracks-started"],
    )
    const [finding] = condition.findings
    const notStarted = finding?.facts.notStarted as ReadonlyArray<string>
    const area = Governance.areaOn(model, Kernel.calendarDate("2016-09-01"))
    assert.deepStrictEqual(
      notStarted,
      area.filter((m) => m !== "ede" && m !== "rheden"),
    )
    assert.match(
      finding?.explanation.nl ?? "",
      /^Netwerkafspraak Hennepconvenant Oost-Nederland \(na-hennepconvenant\), gemaakt op 2016-01-28/,
    )
    assert.notStrictEqual(finding?.signal, "green")
  })

  it("given every municipality executes it, then the finding is green", () => {
    const area = Governance.areaOn(model, Kernel.calendarDate("2016-09-01"))
    const condition = Health.commitmentHealth(
      model,
      { measures: [Health.networkMeasureOfEvent(noted())], tracks: area.map(executing), confirmations: new Map() },
      Kernel.calendarDate("2016-09-01"),
    )
    assert.strictEqual(condition.findings[0]?.signal, "green")
  })
})
