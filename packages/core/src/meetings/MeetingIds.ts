import { Schema } from "effect"

const id = (what: string) =>
  Schema.String.pipe(
    Schema.pattern(/^[a-z0-9][a-z0-9._-]{0,79}$/, {
      message: () => `expected ${what} id: lowercase letters, digits, '.', '_' or '-'`,
    }),
  )

/** Identifier of a body's meeting (vergadering). @category meetings */
export const MeetingId = id("a meeting").pipe(
  Schema.brand("MeetingId"),
  Schema.annotations({ identifier: "MeetingId" }),
)
/** @category meetings */
export type MeetingId = typeof MeetingId.Type

/** Identifier of a written round (schriftelijke ronde). @category meetings */
export const WrittenRoundId = id("a written round").pipe(
  Schema.brand("WrittenRoundId"),
  Schema.annotations({ identifier: "WrittenRoundId" }),
)
/** @category meetings */
export type WrittenRoundId = typeof WrittenRoundId.Type

/** The number of a point on a meeting's agenda, from 1. @category meetings */
export const AgendaPointNumber = Schema.Int.pipe(
  Schema.between(1, 999),
  Schema.annotations({ identifier: "AgendaPointNumber" }),
)

/**
 * Where a body took a decision: at an agenda point of one of its meetings, or in a written round.
 * A decision without it was recorded in one line, as a meeting of one point.
 * @category meetings
 */
export const DecidedIn = Schema.Union(
  Schema.Struct({ meetingId: MeetingId, point: AgendaPointNumber }),
  Schema.Struct({ writtenRoundId: WrittenRoundId }),
).annotations({ identifier: "DecidedIn" })
/** @category meetings */
export type DecidedIn = typeof DecidedIn.Type
