import { assert, describe, it } from "@effect/vitest"
import { Governance, Health, Kernel, Route } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import { factsOfRule } from "../../support/facts.js"
import { confirm, executionCtx, line, measureWith, trackMoved } from "../../support/healthFixtures.js"
import { itemId, model, now } from "../../support/routeFixtures.js"

// The partners of an accorded measure are the organisations of its budget lines, whatever their
// funding, and of its tasks without money: each confirms its part.

const task = (organisation: string, description: string) =>
  new Route.PartnerTask({ organisation: Governance.OrganisationId.make(organisation), task: description })

const hennep = measureWith({
  itemId: "bv-hennep",
  budget: [
    line("projectleiding", "politie-oost-nederland", 2_500_000),
    line("uren toezicht", "arnhem", 1_000_000, 2016, "uren-in-natura"),
  ],
  tasks: [task("om-oost-nederland", "Strafrechtelijke aanpak bij signalen van hennepteelt")],
})
const ctxOf = (actor: string): Health.ExecutionContext => ({
  ...executionCtx(Governance.PersonId.make(actor)),
  measure: hennep,
})

describe("execution.not-a-partner", () => {
  it("given a proposal where the OM has a task and no money, when the OM's officer confirms its part, then it is confirmed", () => {
    given(Health.confirmationDecider)
      .when(confirm("om-oost-nederland"), ctxOf("officier-om"))
      .thenEmits([
        new Health.PartConfirmed({
          itemId,
          organisation: Governance.OrganisationId.make("om-oost-nederland"),
          decisionId: hennep.decisionId,
          confirmedOn: Kernel.calendarDate("2016-06-15"),
          confirmedBy: Governance.PersonId.make("officier-om"),
          at: now("2016-06-15"),
        }),
      ])
  })

  it("given the same proposal, when Rheden (neither a line nor a task) confirms, then it is refused naming every partner", () => {
    const refusal = given(Health.confirmationDecider)
      .when(confirm("rheden"), ctxOf("burgemeester-rheden"))
      .refused("execution.not-a-partner")
    assert.deepStrictEqual(factsOfRule(refusal, "execution.not-a-partner"), {
      item: "bv-hennep",
      organisation: "rheden",
      partners: ["politie-oost-nederland", "arnhem", "om-oost-nederland"],
    })
  })

  it("the partners are those of the lines of any funding and of the tasks, each once", () => {
    assert.deepStrictEqual(
      Health.partnersOf({ ...hennep, tasks: [...hennep.tasks, task("politie-oost-nederland", "Controles")] }),
      ["politie-oost-nederland", "arnhem", "om-oost-nederland"],
    )
  })

  it("health.commitment.parts-confirmed names, in words, the task-only partner that has not confirmed", () => {
    const finding = Health.commitmentHealth(
      model,
      {
        measures: [hennep],
        tracks: Health.trackProgressOf([trackMoved("bp-hennepconvenant", "rheden", "geen", "pilot", "2016-06-02")]),
        confirmations: new Map([
          [
            "bv-hennep",
            new Map([
              ["politie-oost-nederland", { on: Kernel.calendarDate("2016-06-10"), decisionId: hennep.decisionId }],
            ]),
          ],
        ]),
      },
      Kernel.calendarDate("2016-07-15"),
    ).findings.find((f) => f.code === "health.commitment.parts-confirmed")
    assert.deepInclude(finding?.facts, {
      unconfirmed: ["arnhem", "om-oost-nederland"],
      confirmed: ["politie-oost-nederland"],
    })
    const name = (id: string) => model.organisations.find((o) => o.id === id)?.name ?? ""
    assert.include(
      finding?.explanation.nl ?? "",
      `nog niet bevestigd door ${name("arnhem")}, ${name("om-oost-nederland")}`,
    )
    assert.notInclude(finding?.explanation.en ?? "", "om-oost-nederland")
  })
})
