import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer, TestClock } from "effect"
import { Governance, Kernel, Milestone, Programme, Store } from "@weerbaar/core"
import { decidedRuleBook, given } from "@weerbaar/core/testing"
import { ctx, model, persons } from "../support/practiceFixtures.js"

const plan = (id: string, due: string, owner = "eg-ondermijnende-criminaliteit") =>
  new Milestone.PlanMilestone({
    milestoneId: Milestone.MilestoneId.make(id),
    title: `Resultaat ${id}`,
    phase: "experimenteren",
    ownerBody: Governance.BodyId.make(owner),
    dueDate: Kernel.calendarDate(due),
  })

const planned = () => {
  const result = Milestone.milestoneDecider.decide(
    plan("ms-pilot", "2016-09-01"),
    Milestone.milestoneDecider.initialState,
    ctx(persons.lid),
  )
  if (result._tag === "Left") throw new Error(result.left.message)
  return [...result.right.events]
}

describe("milestones", () => {
  it("a member of the owner body plans a milestone; a person acting for the Stuurgroep may too", () => {
    given(Milestone.milestoneDecider)
      .when(plan("ms-pilot", "2016-09-01"), ctx(persons.lid))
      .thenEvents(() => {})
    given(Milestone.milestoneDecider)
      .when(plan("ms-pilot", "2016-09-01"), ctx(persons.stuurgroep))
      .thenEvents(() => {})
  })

  it("milestone.not-owner and milestone.unknown-body: others do not plan, and the owner is a body of the model", () => {
    given(Milestone.milestoneDecider)
      .when(plan("ms-pilot", "2016-09-01"), ctx(persons.otherGroup))
      .refused("milestone.not-owner")
    given(Milestone.milestoneDecider)
      .when(plan("ms-x", "2016-09-01", "nergens"), ctx(persons.lid))
      .refused("milestone.unknown-body")
  })

  it("milestone.already-exists and milestone.not-found", () => {
    given(Milestone.milestoneDecider, planned())
      .when(plan("ms-pilot", "2016-10-01"), ctx(persons.lid))
      .refused("milestone.already-exists")
    given(Milestone.milestoneDecider)
      .when(
        new Milestone.DeliverMilestone({
          milestoneId: Milestone.MilestoneId.make("ms-pilot"),
          deliveredOn: Kernel.calendarDate("2016-06-01"),
        }),
        ctx(persons.lid),
      )
      .refused("milestone.not-found")
  })

  it("milestone.delivered-in-future and milestone.already-delivered: a delivery is recorded once it happened, once", () => {
    const deliver = (on: string) =>
      new Milestone.DeliverMilestone({
        milestoneId: Milestone.MilestoneId.make("ms-pilot"),
        deliveredOn: Kernel.calendarDate(on),
      })
    given(Milestone.milestoneDecider, planned())
      .when(deliver("2016-07-01"), ctx(persons.lid))
      .refused("milestone.delivered-in-future")
    const delivered = [
      ...planned(),
      ...Milestone.milestoneDecider
        .decide(
          deliver("2016-05-30"),
          Milestone.milestoneDecider.evolve(Milestone.milestoneDecider.initialState, planned()[0]!),
          ctx(persons.lid),
        )
        .pipe((r) => (r._tag === "Right" ? r.right.events : [])),
    ]
    given(Milestone.milestoneDecider, delivered)
      .when(
        new Milestone.RescheduleMilestone({
          milestoneId: Milestone.MilestoneId.make("ms-pilot"),
          dueDate: Kernel.calendarDate("2016-12-01"),
          reason: "Later.",
        }),
        ctx(persons.lid),
      )
      .refused("milestone.already-delivered")
  })

  it("the agenda lists late milestones (longest overdue first) and those due within the horizon", () => {
    const agenda = Milestone.milestoneAgenda(
      [
        { milestoneId: "a", title: "A", ownerBody: Governance.BodyId.make("x"), dueDate: "2016-05-01" },
        { milestoneId: "b", title: "B", ownerBody: Governance.BodyId.make("x"), dueDate: "2016-05-20" },
        { milestoneId: "c", title: "C", ownerBody: Governance.BodyId.make("x"), dueDate: "2016-06-10" },
        { milestoneId: "d", title: "D", ownerBody: Governance.BodyId.make("x"), dueDate: "2016-08-01" },
        {
          milestoneId: "e",
          title: "E",
          ownerBody: Governance.BodyId.make("x"),
          dueDate: "2016-05-01",
          deliveredOn: "2016-04-30",
        },
      ],
      Kernel.calendarDate("2016-06-01"),
      30,
    )
    assert.deepStrictEqual(
      agenda.late.map((m) => [m.milestoneId, m.daysLate]),
      [
        ["a", 31],
        ["b", 12],
      ],
    )
    assert.deepStrictEqual(
      agenda.upcoming.map((m) => [m.milestoneId, m.daysLeft]),
      [["c", 9]],
    )
  })

  it.effect("the Milestones service reads today through the Clock: as TestClock moves, milestones become late", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.parse("2016-03-01T10:00:00Z"))
      const milestones = yield* Milestone.Milestones
      yield* decidedRuleBook(model)
      yield* milestones.execute(persons.trekker, plan("ms-pilot-rheden", "2016-06-30"))
      yield* milestones.execute(persons.trekker, plan("ms-inventarisatie", "2016-04-15"))
      const early = yield* milestones.agenda(60)
      assert.deepStrictEqual(
        early.upcoming.map((m) => m.milestoneId),
        ["ms-inventarisatie"],
      )
      assert.deepStrictEqual(early.late, [])
      yield* TestClock.adjust("60 days")
      yield* milestones.execute(
        persons.trekker,
        new Milestone.DeliverMilestone({
          milestoneId: Milestone.MilestoneId.make("ms-inventarisatie"),
          deliveredOn: Kernel.calendarDate("2016-04-20"),
        }),
      )
      yield* TestClock.adjust("40 days")
      const later = yield* milestones.agenda(30)
      assert.strictEqual(later.asOf, "2016-06-09")
      assert.deepStrictEqual(
        later.upcoming.map((m) => [m.milestoneId, m.daysLeft]),
        [["ms-pilot-rheden", 21]],
      )
      yield* TestClock.adjust("30 days")
      const late = yield* milestones.agenda(30)
      assert.deepStrictEqual(
        late.late.map((m) => [m.milestoneId, m.daysLate]),
        [["ms-pilot-rheden", 9]],
      )
    }).pipe(
      Effect.provide(
        Layer.mergeAll(Programme.Programme.layer, Milestone.Milestones.layer).pipe(
          Layer.provideMerge(Programme.ProgrammeRuntime.layer),
          Layer.provideMerge(Store.InMemoryEventStore.layer),
          Layer.provideMerge(Store.IdGenerator.sequential),
        ),
      ),
    ),
  )
})
