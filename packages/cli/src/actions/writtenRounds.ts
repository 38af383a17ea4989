import { Kernel, Meeting, Programme, Route } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput, parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"
import { executedJson, executedText } from "./executed.js"

const next = "see `weerbaar written-round --help`"
const options = {
  deadline: "--deadline",
  startedOn: "--date",
  on: "--date",
  member: "--member",
  subject: "--item/--minutes",
}

const report = (global: Global, id: string, executed: Programme.Executed): Output => ({
  json: { writtenRoundId: id, ...executedJson(executed, global.lang) },
  text: `written round ${id}\n${executedText(executed, global.lang)}`,
})

const roundOf = (id: string) =>
  Effect.gen(function* () {
    const roundId = yield* decodeInput(Meeting.WrittenRoundId, next)(id)
    const round = yield* (yield* Meeting.Meetings).round(roundId)
    return round.exists
      ? round
      : yield* new BadInput({
          problem: `there is no written round '${id}'`,
          next: "`weerbaar meeting list` lists them",
        })
  })

/** `written-round start`. */
export const start = (
  global: Global,
  a: {
    id: string
    body: string
    title: string
    proposal: string
    item: Option.Option<string>
    outcome: Option.Option<string>
    minutes: Option.Option<string>
    paper: ReadonlyArray<string>
    date: Option.Option<string>
    deadline: string
  },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      if (Option.isSome(a.item) !== Option.isSome(a.outcome)) {
        return yield* new BadInput({ problem: "--item and --outcome go together", next })
      }
      const command = yield* decodeInput(
        Meeting.StartWrittenRound,
        next,
        options,
      )({
        _tag: "StartWrittenRound",
        writtenRoundId: a.id,
        body: a.body,
        title: a.title,
        proposal: a.proposal,
        subject: Option.isSome(a.item)
          ? { kind: "item", itemId: a.item.value }
          : Option.isSome(a.minutes)
            ? { kind: "minutes", meetingId: a.minutes.value }
            : { kind: "other" },
        ...Option.match(a.outcome, { onNone: () => ({}), onSome: (outcome) => ({ outcome }) }),
        papers: a.paper,
        startedOn: yield* dateOrToday(a.date),
        deadline: yield* parseDate(a.deadline, "--deadline"),
      })
      return report(global, a.id, yield* (yield* Meeting.Meetings).writtenRound(actor, command))
    }),
  )

/** `written-round respond`. */
export const respond = (
  global: Global,
  a: {
    id: string
    response: string
    member: Option.Option<string>
    remark: Option.Option<string>
    date: Option.Option<string>
  },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(
        Meeting.RespondToWrittenRound,
        next,
        options,
      )({
        _tag: "RespondToWrittenRound",
        writtenRoundId: a.id,
        response: a.response,
        ...Option.match(a.member, { onNone: () => ({}), onSome: (member) => ({ member }) }),
        ...Option.match(a.remark, { onNone: () => ({}), onSome: (remark) => ({ remark }) }),
        on: yield* dateOrToday(a.date),
      })
      return report(global, a.id, yield* (yield* Meeting.Meetings).writtenRound(actor, command))
    }),
  )

/**
 * `written-round close`: the body's rule decides. A round carried on an item records the decision
 * on the item with the round's record, in one transaction that closes the round.
 */
export const close = (
  global: Global,
  a: { id: string; date: Option.Option<string>; decisionId: Option.Option<string> },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const round = yield* roundOf(a.id)
      const runtime = yield* Programme.ProgrammeRuntime
      const programme = yield* Programme.Programme
      const on = Kernel.calendarDate(yield* dateOrToday(a.date))
      const model = yield* runtime.modelOn(on)
      const decisionId = Option.isSome(a.decisionId) ? a.decisionId.value : yield* programme.newId("besluit")
      if (
        round.subject.kind === "item" &&
        round.outcome !== undefined &&
        Meeting.roundResult(model, round, on) === "aangenomen"
      ) {
        const command = yield* decodeInput(
          Route.RecordDecision,
          next,
        )({
          _tag: "RecordDecision",
          ...Meeting.roundRecord(model, round, on, round.proposal),
          itemId: round.subject.itemId,
          decisionId,
          body: round.body,
          outcome: round.outcome,
        })
        return report(global, a.id, yield* programme.route(actor, command))
      }
      const command = yield* decodeInput(
        Meeting.CloseWrittenRound,
        next,
        options,
      )({
        _tag: "CloseWrittenRound",
        writtenRoundId: a.id,
        decisionId,
        on,
      })
      return report(global, a.id, yield* (yield* Meeting.Meetings).writtenRound(actor, command))
    }),
  )

/** `written-round show`. */
export const show = (global: Global, a: { id: string }) =>
  onStore(
    global.db,
    Effect.map(
      roundOf(a.id),
      (round): Output => ({
        json: round,
        text: [
          `${round.writtenRoundId} — ${round.title} (${round.body}), ${round.startedOn} tot ${round.deadline}`,
          `voorstel: ${round.proposal}`,
          round.closed === undefined ? "lopend" : `gesloten op ${round.closed.on}: ${round.closed.result}`,
          table(
            ["member", "response", "on", "remark"],
            round.responses.map((r) => [r.member, r.response, r.on, r.remark ?? ""]),
          ),
        ].join("\n"),
      }),
    ),
  )
