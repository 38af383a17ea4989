import { Meeting, Programme, Route } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import { actorOf, decodeInput } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { meetingOf, next, report } from "./meetings.js"

/** `meeting decide`: an item's point by its route with the point's record, or the body's own point. */
export const decide = (
  global: Global,
  a: {
    id: string
    point: number
    outcome: Option.Option<string>
    decision: Option.Option<string>
    rationale: string
    remarks: Option.Option<string>
    reason: Option.Option<string>
    decisionId: Option.Option<string>
  },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const state = yield* meetingOf(a.id)
      const point = state.points.find((p) => p.point === a.point)
      const programme = yield* Programme.Programme
      const decisionId = Option.isSome(a.decisionId) ? a.decisionId.value : yield* programme.newId("besluit")
      if (point === undefined) {
        return yield* new BadInput({
          problem: `meeting ${a.id} has no agenda point ${a.point}`,
          next: `\`weerbaar meeting show ${a.id}\` lists its points`,
        })
      }
      if (point.subject.kind === "item") {
        if (Option.isNone(a.outcome)) {
          return yield* new BadInput({
            problem: `point ${a.point} is about item ${point.subject.itemId}: pass --outcome`,
            next,
          })
        }
        const command = yield* decodeInput(Route.RecordDecision, next, { outcome: "--outcome", remarks: "--remarks" })({
          _tag: "RecordDecision",
          ...Meeting.pointRecord(state, a.point, a.rationale),
          itemId: point.subject.itemId,
          decisionId,
          body: state.body,
          outcome: a.outcome.value,
          ...Option.match(a.remarks, { onNone: () => ({}), onSome: (remarks) => ({ remarks }) }),
          ...Option.match(a.reason, { onNone: () => ({}), onSome: (reason) => ({ reason }) }),
        })
        return report(global, a.id, yield* programme.route(actor, command))
      }
      if (Option.isNone(a.decision)) {
        return yield* new BadInput({
          problem: `point ${a.point} is the body's own: pass --decision with its words`,
          next,
        })
      }
      const command = yield* decodeInput(Meeting.DecidePoint, next, { decision: "--decision" })({
        _tag: "DecidePoint",
        meetingId: a.id,
        point: a.point,
        decisionId,
        decision: a.decision.value,
        rationale: a.rationale,
      })
      return report(global, a.id, yield* (yield* Meeting.Meetings).execute(actor, command))
    }),
  )

/** `meeting adopt-minutes`: a point on the earlier meeting's besluitenlijst, decided. */
export const adoptMinutes = (global: Global, a: { id: string; of: string; decisionId: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const meetings = yield* Meeting.Meetings
      const state = yield* meetingOf(a.id)
      const existing = state.points.find((p) => p.subject.kind === "minutes" && p.subject.meetingId === a.of)
      const decisionId = Option.isSome(a.decisionId)
        ? a.decisionId.value
        : yield* (yield* Programme.Programme).newId("besluit")
      const commands = [
        ...(existing === undefined
          ? [
              {
                _tag: "AddAgendaPoint",
                meetingId: a.id,
                title: `Besluitenlijst en verslag van ${a.of}`,
                subject: { kind: "minutes", meetingId: a.of },
                papers: [],
              },
            ]
          : []),
        {
          _tag: "DecidePoint",
          meetingId: a.id,
          point: existing?.point ?? state.points.length + 1,
          decisionId,
          decision: `Besluitenlijst en verslag van ${a.of} vastgesteld.`,
        },
      ]
      let last: Programme.Executed | undefined
      for (const input of commands) {
        last = yield* meetings.execute(
          actor,
          yield* decodeInput(Meeting.MeetingCommand, next, { subject: "--of" })(input),
        )
      }
      return report(global, a.id, last!)
    }),
  )
