import type { BodyId, PersonId } from "../governance/Ids.js"
import type { Outcome } from "../governance/Route.js"
import type { CalendarDate } from "../kernel/CalendarDate.js"
import { withChanges } from "../kernel/withChanges.js"
import type { AgendaSubject } from "./meetingCommands.js"
import type { WrittenRoundId } from "./MeetingIds.js"
import type { RoundResponse } from "./writtenRoundCommands.js"
import type { RoundResult, WrittenRoundEvent } from "./writtenRoundEvents.js"

/** A written round as its events tell it. @category meetings */
export interface WrittenRound {
  readonly exists: true
  readonly writtenRoundId: WrittenRoundId
  readonly body: BodyId
  readonly title: string
  readonly subject: AgendaSubject
  readonly proposal: string
  readonly outcome?: Outcome
  readonly papers: ReadonlyArray<string>
  readonly startedOn: CalendarDate
  readonly deadline: CalendarDate
  readonly sentTo: ReadonlyArray<PersonId>
  readonly responses: ReadonlyArray<{
    readonly member: PersonId
    readonly response: RoundResponse
    readonly on: CalendarDate
    readonly remark?: string
  }>
  readonly closed?: {
    readonly on: CalendarDate
    readonly result: RoundResult
    readonly decisionId?: string
    readonly tacit: ReadonlyArray<PersonId>
  }
}

/** A written round, or none yet. @category meetings */
export type WrittenRoundState = WrittenRound | { readonly exists: false }

/** Folds a written round's event into its state. @category meetings */
export const evolveWrittenRound = (state: WrittenRoundState, event: WrittenRoundEvent): WrittenRoundState => {
  switch (event._tag) {
    case "WrittenRoundStarted":
      return {
        exists: true,
        writtenRoundId: event.writtenRoundId,
        body: event.body,
        title: event.title,
        subject: event.subject,
        proposal: event.proposal,
        ...(event.outcome === undefined ? {} : { outcome: event.outcome }),
        papers: event.papers,
        startedOn: event.startedOn,
        deadline: event.deadline,
        sentTo: event.sentTo,
        responses: [],
      }
    case "WrittenRoundAnswered":
      return state.exists
        ? withChanges(state, {
            responses: [
              ...state.responses,
              {
                member: event.member,
                response: event.response,
                on: event.on,
                ...(event.remark === undefined ? {} : { remark: event.remark }),
              },
            ],
          })
        : state
    case "WrittenRoundClosed":
      return state.exists
        ? withChanges(state, {
            closed: {
              on: event.on,
              result: event.result,
              ...(event.decisionId === undefined ? {} : { decisionId: event.decisionId }),
              tacit: event.tacit,
            },
          })
        : state
  }
}
