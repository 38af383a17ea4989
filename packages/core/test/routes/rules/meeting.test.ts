import { assert, describe, it } from "@effect/vitest"
import { Kernel, Route } from "@weerbaar/core"
import { factsOf, given } from "@weerbaar/core/testing"
import {
  ctx,
  decision,
  draft,
  fullMeeting,
  history,
  itemId,
  now,
  persons,
  submitted,
  today,
} from "../../support/routeFixtures.js"

const stuurgroep = fullMeeting("stuurgroep").attendance

describe("decision.meeting-in-future", () => {
  it("a decision is recorded after its meeting, not before", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { meetingDate: Kernel.calendarDate("2016-06-02") }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.meeting-in-future")
    assert.deepStrictEqual(factsOf(refusal, "decision.meeting-in-future"), {
      meetingDate: "2016-06-02",
      today,
    })
  })

  it("a decision taken at a meeting days ago is recorded today", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1"),
        ctx(persons.stuurgroepSecretaris, { now: now("2016-06-15") }),
      )
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.decisions[0]?.meetingDate === today))
  })
})

describe("decision.attendee-not-member", () => {
  it("someone recorded as present who is not a member of the body is refused by name", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { attendance: [...stuurgroep, persons.outsider] }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.attendee-not-member")
    assert.deepStrictEqual(factsOf(refusal, "decision.attendee-not-member"), {
      person: persons.outsider,
      body: "stuurgroep",
      date: today,
    })
  })

  it("nor is a non-member recorded as recused", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { recused: [persons.outsider] }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.attendee-not-member")
  })

  it("both are reported when a meeting has a non-member present and lies in the future", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          meetingDate: Kernel.calendarDate("2016-06-02"),
          attendance: [...stuurgroep, persons.outsider],
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.attendee-not-member", "decision.meeting-in-future")
  })

  it("the secretaris may attend beside the voting members", () => {
    given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", {
          attendance: [...stuurgroep, persons.stuurgroepSecretaris],
        }),
        ctx(persons.stuurgroepSecretaris),
      )
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})

describe("decision.meeting-before-submission", () => {
  it("a body does not decide on an item at a meeting held before it was submitted", () => {
    const refusal = given(Route.routeDecider, submitted())
      .when(
        decision("stuurgroep", "approve", "besluit-sg-1", { meetingDate: Kernel.calendarDate("2016-05-31") }),
        ctx(persons.stuurgroepSecretaris),
      )
      .refused("decision.meeting-before-submission")
    assert.deepStrictEqual(factsOf(refusal, "decision.meeting-before-submission"), {
      meetingDate: "2016-05-31",
      submittedOn: today,
    })
  })

  it("a meeting on the day of submission decides on it", () => {
    given(Route.routeDecider, submitted())
      .when(decision("stuurgroep", "approve", "besluit-sg-1"), ctx(persons.stuurgroepSecretaris))
      .thenEvents((events) => assert.strictEqual(events.length, 1))
  })
})

describe("submission.in-future", () => {
  const drafted = () => history([persons.drafter, draft()])

  it("an item is not submitted on a day still to come", () => {
    const refusal = given(Route.routeDecider, drafted())
      .when(new Route.SubmitItem({ itemId, on: Kernel.calendarDate("2016-06-02") }), ctx(persons.trekker))
      .refused("submission.in-future")
    assert.deepStrictEqual(factsOf(refusal, "submission.in-future"), { submittedOn: "2016-06-02", today })
  })

  it("a submission recorded later keeps its own day, and a meeting from that day on decides on it", () => {
    given(Route.routeDecider, drafted())
      .when(new Route.SubmitItem({ itemId, on: Kernel.calendarDate("2016-05-20") }), ctx(persons.trekker))
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.submittedOn === "2016-05-20"))
  })
})
