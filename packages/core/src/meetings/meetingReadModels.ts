import { Either } from "effect"
import type { ReadModel } from "../ports/ReadModel.js"
import type { StoredEvent } from "../ports/EventStore.js"
import { meetingEventCodec } from "./meetingEvents.js"
import { writtenRoundEventCodec } from "./writtenRoundEvents.js"

/** A row of the meeting overview: a meeting or a written round of a body, with its status. @category meetings */
export type MeetingRow = {
  readonly id: string
  readonly kind: "vergadering" | "schriftelijke-ronde"
  readonly body: string
  /** The meeting's date, or the round's start. */
  readonly date: string
  readonly time?: string
  readonly title?: string
  readonly deadline?: string
  readonly status: "gepland" | "gesloten" | "vastgesteld" | "lopend" | "aangenomen" | "verworpen" | "naar-vergadering"
  readonly points: number
  readonly decisions: number
}

const keyOf = (stored: StoredEvent): string | undefined => {
  if (meetingEventCodec.handles(stored.type)) {
    const e = meetingEventCodec.fromStored(stored)
    return Either.isRight(e) ? `vergadering/${e.right.meetingId}` : undefined
  }
  if (writtenRoundEventCodec.handles(stored.type)) {
    const e = writtenRoundEventCodec.fromStored(stored)
    return Either.isRight(e) ? `schriftelijke-ronde/${e.right.writtenRoundId}` : undefined
  }
  return undefined
}

/**
 * Every meeting and written round with its status, keyed `vergadering/<id>` or
 * `schriftelijke-ronde/<id>`: the list a secretary opens; a meeting itself reads its own stream.
 * @category meetings
 */
export const meetingOverview: ReadModel<MeetingRow> = {
  name: "meetings",
  version: 1,
  keysOf: (stored) => {
    const key = keyOf(stored)
    return key === undefined ? [] : [key]
  },
  apply: (stored, current) => {
    const key = keyOf(stored)
    if (key === undefined) return []
    const row = current.get(key)
    const update = (changes: Partial<MeetingRow>) =>
      row === undefined ? [] : [{ key, row: Object.assign({}, row, changes) }]
    if (meetingEventCodec.handles(stored.type)) {
      const decoded = meetingEventCodec.fromStored(stored)
      if (Either.isLeft(decoded)) return []
      const e = decoded.right
      switch (e._tag) {
        case "MeetingPlanned":
          return [
            {
              key,
              row: {
                id: e.meetingId,
                kind: "vergadering",
                body: e.body,
                date: e.date,
                ...(e.time === undefined ? {} : { time: e.time }),
                status: "gepland",
                points: 0,
                decisions: 0,
              },
            },
          ]
        case "AgendaPointAdded":
          return update({ points: (row?.points ?? 0) + 1 })
        case "PointDecided":
          return update({ decisions: (row?.decisions ?? 0) + 1 })
        case "MeetingClosed":
          return update({ status: "gesloten" })
        case "MinutesAdopted":
          return update({ status: "vastgesteld" })
        default:
          return []
      }
    }
    const decoded = writtenRoundEventCodec.fromStored(stored)
    if (Either.isLeft(decoded)) return []
    const e = decoded.right
    switch (e._tag) {
      case "WrittenRoundStarted":
        return [
          {
            key,
            row: {
              id: e.writtenRoundId,
              kind: "schriftelijke-ronde",
              body: e.body,
              date: e.startedOn,
              title: e.title,
              deadline: e.deadline,
              status: "lopend",
              points: 1,
              decisions: 0,
            },
          },
        ]
      case "WrittenRoundClosed":
        return update({ status: e.result, decisions: e.result === "aangenomen" ? 1 : 0 })
      default:
        return []
    }
  },
}

/** The read models of meetings. @category meetings */
export const meetingReadModels = [meetingOverview] as const
