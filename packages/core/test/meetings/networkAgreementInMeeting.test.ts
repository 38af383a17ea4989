import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Governance, Kernel, Meeting, Practice, Programme, Route, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import { registerHennepconvenant } from "../support/networkAgreementFixtures.js"

const layer = Layer.mergeAll(Programme.Programme.layer, Meeting.Meetings.layer, Practice.Practices.layer).pipe(
  Layer.provideMerge(Programme.ProgrammeRuntime.layer),
  Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
  Layer.provideMerge(Store.IdGenerator.sequential),
  Layer.provideMerge(Store.ProgrammeClock.settable("2015-10-01T09:00:00Z")),
)
const model = Governance.samenWeerbaar()
const secretary = Governance.PersonId.make("secretaris-dvo")
const meetingId = Meeting.MeetingId.make("dvo-2016-02")

describe("the DVO takes note of a network agreement at its meeting's point", () => {
  it.effect(
    "the point is decided with the note, in the same transaction, and the register lists it as netwerkafspraak",
    () =>
      Effect.gen(function* () {
        yield* decidedRuleBook(model)
        yield* (yield* Store.ClockControl).set("2016-02-11T16:00:00Z")
        const meetings = yield* Meeting.Meetings
        const date = Kernel.calendarDate("2016-02-11")
        yield* meetings.execute(
          secretary,
          new Meeting.PlanMeeting({ meetingId, body: Governance.BodyId.make("dvo"), date, online: false }),
        )
        yield* meetings.execute(
          secretary,
          new Meeting.AddAgendaPoint({
            meetingId,
            title: "Hennepconvenant Oost-Nederland (RVO)",
            subject: { kind: "other" },
            papers: ["Uitvoeringsregeling hennepconvenant"],
          }),
        )
        for (const person of Governance.votingMembersOn(model, Governance.BodyId.make("dvo"), date)) {
          yield* meetings.execute(secretary, new Meeting.RecordAttendance({ meetingId, person, presence: "present" }))
        }
        const meeting = yield* meetings.meeting(meetingId)
        if (!meeting.exists) return assert.fail("the meeting is planned")
        const { attendance: _, rationale: __, meetingDate: ___, ...base } = registerHennepconvenant()
        yield* (yield* Practice.Practices).execute(
          secretary,
          new Practice.RegisterNetworkAgreement({
            ...base,
            ...Meeting.pointRecord(meeting, 1, "Alle gemeenten voeren het convenant uit."),
          }),
        )
        const after = yield* meetings.meeting(meetingId)
        assert.isTrue(after.exists)
        if (!after.exists) return
        assert.strictEqual(after.points[0]?.decision?.decisionId, "dvo-2016-02-hennepconvenant")
        assert.include(after.points[0]?.decision?.decision ?? "", "Hennepconvenant Oost-Nederland")
        const register = yield* (yield* Store.ReadModelStore).query(Route.decisionRegister)
        const row = register.rows.find((r) => r.key === "dvo-2016-02-hennepconvenant")?.row
        assert.strictEqual(row?.subject, "netwerkafspraak")
        assert.deepStrictEqual(row?.decidedIn, { meetingId, point: 1 })
      }).pipe(Effect.provide(layer)),
  )
})
