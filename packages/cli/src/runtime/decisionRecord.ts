import { Governance, Kernel, Meeting, Programme } from "@weerbaar/core"
import { Effect, Option, Schema } from "effect"
import { BadInput } from "../cli/errors.js"
import { dateOrToday } from "./input.js"

/** The flags of a body's decision: its meeting inline, or its meeting's point, or its written round. */
export interface DecisionRecordArgs {
  readonly date: Option.Option<string>
  readonly present: ReadonlyArray<string>
  readonly recused: ReadonlyArray<string>
  readonly substitute: ReadonlyArray<string>
  readonly vote: ReadonlyArray<string>
  readonly meeting: Option.Option<string>
  readonly point: Option.Option<number>
  readonly writtenRound: Option.Option<string>
}

const pairs = (values: ReadonlyArray<string>, option: string, right: RegExp, shape: string) =>
  Effect.forEach(values, (value) => {
    const [left, ...rest] = value.split("=")
    const second = rest.join("=")
    return left !== undefined && left !== "" && right.test(second)
      ? Effect.succeed([left, second] as const)
      : Effect.fail(new BadInput({ problem: `${option} '${value}' is not ${shape}`, next: `pass ${option} ${shape}` }))
  })

/** `--vote PERSON=for|against|abstain`, each parsed; a malformed one is bad input naming it. */
export const parseVotes = (values: ReadonlyArray<string>) =>
  Effect.map(pairs(values, "--vote", /^(for|against|abstain)$/, "PERSON=for|against|abstain"), (parsed) =>
    parsed.map(([member, vote]) => ({ member, vote })),
  )

const inlineFlags = (args: DecisionRecordArgs) =>
  args.present.length + args.recused.length + args.substitute.length + args.vote.length > 0 || Option.isSome(args.date)

/**
 * The record a body's decision carries, as the flags give it: with `--meeting M --point N` the
 * attendance, substitutes, recusals and votes recorded at that meeting's point; with
 * `--written-round R` the round's answers; otherwise the meeting in one line: `--date` (default
 * today), `--present` (default every voting member on that date), `--recused`, `--substitute
 * MEMBER=SUBSTITUTE` and `--vote PERSON=for|against|abstain`.
 */
export const decisionRecord = (args: DecisionRecordArgs, body: string, rationale: string) =>
  Effect.gen(function* () {
    const runtime = yield* Programme.ProgrammeRuntime
    const meetings = yield* Meeting.Meetings
    const where = [args.meeting, args.writtenRound].filter(Option.isSome).length
    if (where > 1 || (where === 1 && inlineFlags(args))) {
      return yield* new BadInput({
        problem:
          "a decision is recorded with its meeting's point, its written round, or its meeting in one line — not more",
        next: "pass --meeting with --point, or --written-round, or --date/--present/--recused/--substitute/--vote",
      })
    }
    if (Option.isSome(args.meeting)) {
      if (Option.isNone(args.point)) {
        return yield* new BadInput({ problem: "--meeting needs --point", next: "pass the agenda point with --point N" })
      }
      const id = yield* idOrBad(Meeting.MeetingId, args.meeting.value, "--meeting")
      const meeting = yield* meetings.meeting(id)
      if (!meeting.exists) return yield* unknown("meeting", args.meeting.value)
      return Meeting.pointRecord(meeting, args.point.value, rationale)
    }
    if (Option.isSome(args.writtenRound)) {
      const id = yield* idOrBad(Meeting.WrittenRoundId, args.writtenRound.value, "--written-round")
      const round = yield* meetings.round(id)
      if (!round.exists) return yield* unknown("written round", args.writtenRound.value)
      const on = Kernel.calendarDate(yield* dateOrToday(Option.none()))
      return Meeting.roundRecord(yield* runtime.modelOn(on), round, on, rationale)
    }
    const meetingDate = yield* dateOrToday(args.date)
    const model = yield* runtime.modelOn(Kernel.calendarDate(meetingDate))
    const substitutes = yield* pairs(args.substitute, "--substitute", /^[a-z0-9][a-z0-9._-]*$/, "MEMBER=SUBSTITUTE")
    return {
      meetingDate,
      attendance:
        args.present.length > 0
          ? args.present
          : Schema.is(Governance.BodyId)(body)
            ? Governance.votingMembersOn(model, body, Kernel.calendarDate(meetingDate)).filter(
                (p) => !substitutes.some(([member]) => member === p),
              )
            : [],
      substitutes: substitutes.map(([member, substitute]) => ({ member, substitute })),
      recused: args.recused,
      votes: yield* parseVotes(args.vote),
      rationale,
    }
  })

const idOrBad = <A>(schema: Schema.Schema<A, string>, value: string, option: string) =>
  Effect.mapError(
    Schema.decode(schema)(value),
    () => new BadInput({ problem: `${option} '${value}' is not an id`, next: `pass ${option} with an id` }),
  )

const unknown = (what: string, id: string) =>
  Effect.fail(new BadInput({ problem: `there is no ${what} '${id}'`, next: "`weerbaar meeting list` lists them" }))

/** The options the fields of a decision's record come from, for messages naming them. */
export const recordOptions: Readonly<Record<string, string>> = {
  meetingDate: "--date",
  attendance: "--present",
  recused: "--recused",
  substitutes: "--substitute",
  votes: "--vote",
  rationale: "--rationale",
}
