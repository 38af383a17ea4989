import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { Governance, Kernel, Meeting, Programme, Route, Store } from "@weerbaar/core"
import { decidedRuleBook } from "@weerbaar/core/testing"
import { draft, itemId, persons } from "../support/routeFixtures.js"

const layer = Layer.mergeAll(Programme.Programme.layer, Meeting.Meetings.layer).pipe(
  Layer.provideMerge(Programme.ProgrammeRuntime.layer),
  Layer.provideMerge(Store.InMemoryEventStore.withReadModels(Programme.programmeReadModels)),
  Layer.provideMerge(Store.IdGenerator.sequential),
  Layer.provideMerge(Store.ProgrammeClock.settable("2015-10-01T09:00:00Z")),
)
const on = (date: string) => Effect.flatMap(Store.ClockControl, (c) => c.set(`${date}T16:00:00Z`))
const secretary = persons.stuurgroepSecretaris
const model = Governance.samenWeerbaar()
const stuurgroep = Governance.votingMembersOn(
  model,
  Governance.BodyId.make("stuurgroep"),
  Kernel.calendarDate("2016-06-01"),
)
const dvo = Governance.votingMembersOn(model, Governance.BodyId.make("dvo"), Kernel.calendarDate("2016-06-01"))

const planned = (
  meetingId: string,
  body: string,
  actor: Governance.PersonId,
  present: ReadonlyArray<Governance.PersonId>,
) =>
  Effect.gen(function* () {
    const meetings = yield* Meeting.Meetings
    const id = Meeting.MeetingId.make(meetingId)
    yield* meetings.execute(
      actor,
      new Meeting.PlanMeeting({
        meetingId: id,
        body: Governance.BodyId.make(body),
        date: Kernel.calendarDate("2016-06-01"),
        online: false,
      }),
    )
    yield* meetings.execute(
      actor,
      new Meeting.AddAgendaPoint({ meetingId: id, title: "Hennep", subject: { kind: "item", itemId }, papers: [] }),
    )
    for (const person of present)
      yield* meetings.execute(actor, new Meeting.RecordAttendance({ meetingId: id, person, presence: "present" }))
    const state = yield* meetings.meeting(id)
    if (!state.exists) throw new Error("not planned")
    return state
  })

const decided = (state: Meeting.Meeting, body: string, outcome: Governance.Outcome, decisionId: string) =>
  new Route.RecordDecision({
    ...Meeting.pointRecord(state, 1, "Besproken."),
    itemId,
    decisionId: Route.DecisionId.make(decisionId),
    body: Governance.BodyId.make(body),
    outcome,
  })

describe("a decision taken at a meeting's point", () => {
  it.effect(
    "carries the meeting's record, marks the point decided in the same transaction, and the register lists the Stuurgroep's approval before the DVO's accord of the same day",
    () =>
      Effect.gen(function* () {
        yield* decidedRuleBook(model)
        const programme = yield* Programme.Programme
        yield* on("2016-05-20")
        yield* programme.route(persons.drafter, draft())
        yield* programme.route(persons.trekker, new Route.SubmitItem({ itemId }))
        yield* on("2016-06-01")
        // The DVO's meeting is planned before the Stuurgroep's, whose decision comes first all the same.
        const dvoMeeting = yield* planned("dvo-2016-06", "dvo", persons.dvoSecretaris, dvo)
        const sgMeeting = yield* planned("sg-2016-06", "stuurgroep", secretary, stuurgroep.slice(1))

        const differs = yield* Effect.flip(
          programme.route(
            secretary,
            new Route.RecordDecision({
              ...decided(sgMeeting, "stuurgroep", "approve", "sg-1"),
              attendance: stuurgroep,
            }),
          ),
        )
        assert.deepStrictEqual([...(differs as Kernel.Refused).codes], ["meeting.record-differs"])

        yield* programme.route(secretary, decided(sgMeeting, "stuurgroep", "approve", "sg-1"))
        yield* programme.route(persons.dvoSecretaris, decided(dvoMeeting, "dvo", "accord", "dvo-1"))
        const point = yield* Effect.map((yield* Meeting.Meetings).meeting(sgMeeting.meetingId), (m) =>
          m.exists ? m.points[0]?.decision : undefined,
        )
        assert.strictEqual(point?.decisionId, "sg-1")

        // The point is decided: a revocation cannot be put on it as well.
        const { outcome: _, ...record } = decided(dvoMeeting, "dvo", "accord", "dvo-2")
        const again = yield* Effect.flip(
          programme.route(
            persons.dvoSecretaris,
            new Route.RevokeDecision({ ...record, revokes: Route.DecisionId.make("dvo-1") }),
          ),
        )
        assert.deepStrictEqual([...(again as Kernel.Refused).codes], ["meeting.point-decided"])

        const rows = yield* Store.queryAll(yield* Store.ReadModelStore, Route.decisionRegister)
        const ordered = Route.decisionsInOrder(rows).map((r) => r.identificatie)
        assert.isBelow(ordered.indexOf("sg-1"), ordered.indexOf("dvo-1"))
        assert.deepStrictEqual(rows.find((r) => r.identificatie === "sg-1")?.decidedIn, {
          meetingId: sgMeeting.meetingId,
          point: 1,
        })
        assert.strictEqual(rows.find((r) => r.identificatie === "sg-1")?.attendance.length, stuurgroep.length - 1)
      }).pipe(Effect.provide(layer)),
  )
})
