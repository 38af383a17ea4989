import { assert, describe, it } from "@effect/vitest"
import { Kernel, Meeting } from "@weerbaar/core"
import { given } from "@weerbaar/core/testing"
import {
  attend,
  decidePoint,
  everyonePresent,
  itemPoint,
  meetingHistory,
  meetingId,
  minutesPoint,
  onDay,
  otherPoint,
  person,
  plan,
} from "../support/meetingFixtures.js"
import { ctx, persons } from "../support/routeFixtures.js"

const planned = () => meetingHistory([plan(), itemPoint(), otherPoint(), otherPoint(meetingId, "Actiepunten")])
const held = () => meetingHistory([...everyonePresent()], planned())
const closed = () => meetingHistory([new Meeting.CloseMeeting({ meetingId })], held())

describe("a meeting is planned by its body's chair or secretary, with its members invited", () => {
  it("given nothing, when the Stuurgroep's secretary plans a meeting, then its members are invited", () => {
    given(Meeting.meetingDecider)
      .when(plan(), onDay("2016-05-20"))
      .thenEvents((events, state) => {
        assert.strictEqual(events[0]?._tag, "MeetingPlanned")
        assert.isTrue(state.exists && state.invited.includes(persons.stuurgroepLid))
      })
  })

  it("authority.may-not-act-for-body: a member of an expert group does not plan the Stuurgroep's meeting", () => {
    given(Meeting.meetingDecider).when(plan(), ctx(persons.drafter)).refused("authority.may-not-act-for-body")
  })

  it("meeting.unknown-body and meeting.already-exists", () => {
    given(Meeting.meetingDecider)
      .when(plan(meetingId, "2016-06-01", "raad"), onDay("2016-06-01"))
      .refused("meeting.unknown-body")
    given(Meeting.meetingDecider, planned()).when(plan(), onDay("2016-06-01")).refused("meeting.already-exists")
  })

  it("meeting.not-found: nothing happens at a meeting that was not planned", () => {
    given(Meeting.meetingDecider).when(attend("burgemeester-ede"), onDay("2016-06-01")).refused("meeting.not-found")
  })
})

describe("attendance, recusal and votes per point", () => {
  it("decision.attendee-not-member: only members are recorded present", () => {
    given(Meeting.meetingDecider, planned())
      .when(attend("manager-riec"), onDay("2016-06-01"))
      .refused("decision.attendee-not-member")
  })

  it("decision.meeting-in-future: attendance is recorded once the meeting has been held", () => {
    given(Meeting.meetingDecider, planned())
      .when(attend("burgemeester-ede"), onDay("2016-05-31"))
      .refused("decision.meeting-in-future")
  })

  it("meeting.not-present: a member with apologies neither votes nor declares a conflict", () => {
    const events = meetingHistory([attend("burgemeester-ede", "apologies")], planned())
    given(Meeting.meetingDecider, events)
      .when(
        new Meeting.RecordRecusal({
          meetingId,
          point: 1,
          person: person("burgemeester-ede"),
          reason: "Eigen gemeente.",
        }),
        onDay("2016-06-01"),
      )
      .refused("meeting.not-present")
  })

  it("given a recusal on point 1, when the recused member votes on point 1 it is refused, and on point 2 it counts", () => {
    const events = meetingHistory(
      [
        new Meeting.RecordRecusal({
          meetingId,
          point: 1,
          person: persons.stuurgroepLid,
          reason: "Adviseur van de aanvrager.",
        }),
      ],
      held(),
    )
    given(Meeting.meetingDecider, events)
      .when(
        new Meeting.CastVote({ meetingId, point: 1, person: persons.stuurgroepLid, vote: "for" }),
        onDay("2016-06-01"),
      )
      .refused("decision.voter-not-entitled")
    given(Meeting.meetingDecider, events)
      .when(
        new Meeting.CastVote({ meetingId, point: 2, person: persons.stuurgroepLid, vote: "for" }),
        onDay("2016-06-01"),
      )
      .thenEvents((_events, state) => assert.isTrue(state.exists && state.points[1]?.votes.length === 1))
  })

  it("meeting.point-not-found: a vote on a point not on the agenda", () => {
    given(Meeting.meetingDecider, held())
      .when(
        new Meeting.CastVote({ meetingId, point: 9, person: persons.stuurgroepLid, vote: "for" }),
        onDay("2016-06-01"),
      )
      .refused("meeting.point-not-found")
  })

  it("given the loco-burgemeester substitutes for Rheden's burgemeester, then he votes in the meeting", () => {
    const events = meetingHistory(
      [
        new Meeting.RecordSubstitute({
          meetingId,
          member: person("burgemeester-rheden"),
          substitute: person("loco-burgemeester-rheden"),
        }),
      ],
      planned(),
    )
    given(Meeting.meetingDecider, events)
      .when(
        new Meeting.CastVote({ meetingId, point: 2, person: person("loco-burgemeester-rheden"), vote: "for" }),
        onDay("2016-06-01"),
      )
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "VoteCast"))
    given(Meeting.meetingDecider, planned())
      .when(
        new Meeting.RecordSubstitute({
          meetingId,
          member: persons.stuurgroepLid,
          substitute: person("loco-burgemeester-rheden"),
        }),
        onDay("2016-06-01"),
      )
      .refused("decision.substitute-not-allowed")
  })
})

describe("decisions per point", () => {
  it("given everyone present, when the body decides its own point, then the point carries the decision", () => {
    given(Meeting.meetingDecider, held())
      .when(decidePoint(2), onDay("2016-06-01"))
      .thenEvents((_events, state) =>
        assert.strictEqual(state.exists && state.points[1]?.decision?.decisionId, "sg-besluit-2"),
      )
  })

  it("decision.no-members-present: a point is not decided by nobody", () => {
    given(Meeting.meetingDecider, planned())
      .when(decidePoint(2), onDay("2016-06-01"))
      .refused("decision.no-members-present")
  })

  it("meeting.point-decided: a point is decided once", () => {
    const events = meetingHistory([decidePoint(2)], held())
    given(Meeting.meetingDecider, events)
      .when(decidePoint(2, meetingId, "sg-besluit-x"), onDay("2016-06-01"))
      .refused("meeting.point-decided")
  })

  it("meeting.point-subject-differs: an item's point is decided on the item, not as the body's own point", () => {
    given(Meeting.meetingDecider, held())
      .when(decidePoint(1), onDay("2016-06-01"))
      .refused("meeting.point-subject-differs")
  })
})

describe("closing, adopting, and immutability", () => {
  it("meeting.closed: nothing is added after the meeting was closed", () => {
    given(Meeting.meetingDecider, closed()).when(otherPoint(), onDay("2016-06-02")).refused("meeting.closed")
  })

  it("meeting.not-closed: a besluitenlijst is adopted after its meeting was closed", () => {
    given(Meeting.meetingDecider, held())
      .when(
        new Meeting.AdoptMinutes({
          meetingId,
          adoptedIn: { meetingId: Meeting.MeetingId.make("sg-2016-07"), point: 1 },
          on: Kernel.calendarDate("2016-07-01"),
        }),
        onDay("2016-07-01"),
      )
      .refused("meeting.not-closed")
  })

  it("meeting.minutes-before-meeting: not adopted on the meeting's own day", () => {
    given(Meeting.meetingDecider, closed())
      .when(
        new Meeting.AdoptMinutes({
          meetingId,
          adoptedIn: { writtenRoundId: Meeting.WrittenRoundId.make("r1") },
          on: Kernel.calendarDate("2016-06-01"),
        }),
        onDay("2016-06-01"),
      )
      .refused("meeting.minutes-before-meeting")
  })

  it("meeting.minutes-adopted: an adopted besluitenlijst is immutable, whatever the force", () => {
    const adopted = meetingHistory(
      [
        new Meeting.AdoptMinutes({
          meetingId,
          adoptedIn: { meetingId: Meeting.MeetingId.make("sg-2016-07"), point: 1 },
          on: Kernel.calendarDate("2016-07-01"),
        }),
      ],
      closed(),
    )
    const refusal = given(Meeting.meetingDecider, adopted)
      .when(
        new Meeting.AddActionPoint({
          meetingId,
          action: "Correctie",
          owner: persons.stuurgroepSecretaris,
          due: Kernel.calendarDate("2016-08-01"),
        }),
        onDay("2016-07-02"),
      )
      .refused("meeting.minutes-adopted")
    assert.isTrue(refusal.violations[0]?.invariant)
  })

  it("a minutes point adopts the earlier meeting: the point's own rule decides it", () => {
    const next = meetingHistory(
      [plan("sg-2016-07", "2016-07-01"), minutesPoint("sg-2016-07", meetingId)],
      [],
      persons.stuurgroepSecretaris,
      "2016-07-01",
    )
    given(
      Meeting.meetingDecider,
      meetingHistory(everyonePresent("sg-2016-07", "2016-07-01"), next, persons.stuurgroepSecretaris, "2016-07-01"),
    )
      .when(decidePoint(1, "sg-2016-07", "sg-2016-07-1"), onDay("2016-07-01"))
      .thenEvents((events) => assert.strictEqual(events[0]?._tag, "PointDecided"))
  })

  it("an action point names its owner and due date, on a point of the agenda", () => {
    given(Meeting.meetingDecider, held())
      .when(
        new Meeting.AddActionPoint({
          meetingId,
          action: "Begroting uitsplitsen",
          owner: persons.trekker,
          due: Kernel.calendarDate("2016-07-01"),
          point: 7,
        }),
        onDay("2016-06-01"),
      )
      .refused("meeting.point-not-found")
  })
})
