import { dateOf } from "../kernel/CalendarDate.js"
import { type Policy, reactWith } from "../kernel/Policy.js"
import { AdoptMinutes, type MeetingCommand } from "./meetingCommands.js"
import { meetingAggregate } from "./meetingDecider.js"
import { type MeetingEvent, meetingStreamId } from "./meetingEvents.js"
import type { MeetingState } from "./MeetingState.js"
import type { WrittenRoundCommand } from "./writtenRoundCommands.js"
import type { WrittenRoundEvent } from "./writtenRoundEvents.js"
import type { WrittenRoundState } from "./WrittenRoundState.js"

const description = {
  nl: "Het besluit over de besluitenlijst van een eerdere vergadering stelt haar vast; daarna is zij onveranderlijk.",
  en: "The decision on an earlier meeting's besluitenlijst adopts it; it is immutable from then on.",
}

/**
 * A point deciding on an earlier meeting's besluitenlijst adopts it (`AdoptMinutes` on that meeting),
 * in the same transaction.
 * @category meetings
 */
export const minutesAtMeetingPolicy: Policy<MeetingCommand, MeetingEvent, MeetingState> = {
  name: "minutes-adopted-at-meeting",
  description,
  reads: () => [],
  check: () => [],
  react: (event, _before, after) => {
    if (event._tag !== "PointDecided" || !after.exists) return []
    const point = after.points.find((p) => p.point === event.point)
    if (point?.subject.kind !== "minutes") return []
    return [
      reactWith(
        meetingAggregate,
        meetingStreamId(point.subject.meetingId),
        new AdoptMinutes({
          meetingId: point.subject.meetingId,
          adoptedIn: { meetingId: after.meetingId, point: event.point },
          on: after.date,
        }),
      ),
    ]
  },
}

/** A written round carried on a meeting's besluitenlijst adopts it, in the same transaction. @category meetings */
export const minutesByRoundPolicy: Policy<WrittenRoundCommand, WrittenRoundEvent, WrittenRoundState> = {
  name: "minutes-adopted-by-round",
  description,
  reads: () => [],
  check: () => [],
  react: (event, _before, after, _command, ctx) => {
    if (event._tag !== "WrittenRoundClosed" || event.result !== "aangenomen" || !after.exists) return []
    if (after.subject.kind !== "minutes") return []
    return [
      reactWith(
        meetingAggregate,
        meetingStreamId(after.subject.meetingId),
        new AdoptMinutes({
          meetingId: after.subject.meetingId,
          adoptedIn: { writtenRoundId: after.writtenRoundId },
          on: event.on ?? dateOf(ctx.now),
        }),
      ),
    ]
  },
}
