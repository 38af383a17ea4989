import { writeFileSync } from "node:fs"
import { Meeting, type Programme, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { parseVotes } from "../runtime/decisionRecord.js"
import { actorOf, decodeInput, parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"
import { besluitenlijstHtml, besluitenlijstMarkdown } from "../report/besluitenlijst.js"
import { executedJson, executedText } from "./executed.js"

/** Where to look next after bad input. */
export const next = "see `weerbaar meeting --help`"

/** The meeting `id`, or bad input naming it when there is none. */
export const meetingOf = (id: string) =>
  Effect.flatMap(Meeting.Meetings, (meetings) =>
    Effect.flatMap(decodeInput(Meeting.MeetingId, next, {})(id), (meetingId) =>
      Effect.flatMap(meetings.meeting(meetingId), (state) =>
        state.exists
          ? Effect.succeed(state)
          : Effect.fail(
              new BadInput({ problem: `there is no meeting '${id}'`, next: "`weerbaar meeting list` lists them" }),
            ),
      ),
    ),
  )

/** What a command on a meeting stored, for `--json` and for people. */
export const report = (global: Global, id: string, executed: Programme.Executed): Output => ({
  json: { meetingId: id, ...executedJson(executed, global.lang) },
  text: `meeting ${id}\n${executedText(executed, global.lang)}`,
})

/** Runs the meeting commands `build` makes for the acting person, one after the other. */
const onMeeting = (global: Global, id: string, build: () => Effect.Effect<ReadonlyArray<unknown>, BadInput, never>) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const meetings = yield* Meeting.Meetings
      const commands = yield* build()
      let last: Programme.Executed | undefined
      for (const input of commands) {
        const command = yield* decodeInput(Meeting.MeetingCommand, next, {
          person: "--person",
          date: "--date",
          time: "--time",
          meetingId: "the meeting's id",
          due: "--due",
          owner: "--owner",
        })(input)
        last = yield* meetings.execute(actor, command)
      }
      return report(global, id, last!)
    }),
  )

/** `meeting plan`. */
export const plan = (
  global: Global,
  a: {
    id: string
    body: string
    date: string
    time: Option.Option<string>
    place: Option.Option<string>
    online: boolean
  },
) =>
  onMeeting(global, a.id, () =>
    Effect.map(parseDate(a.date, "--date"), (date) => [
      {
        _tag: "PlanMeeting",
        meetingId: a.id,
        body: a.body,
        date,
        ...Option.match(a.time, { onNone: () => ({}), onSome: (time) => ({ time }) }),
        ...Option.match(a.place, { onNone: () => ({}), onSome: (place) => ({ place }) }),
        online: a.online,
      },
    ]),
  )

/** `meeting agenda`. */
export const agenda = (
  global: Global,
  a: {
    id: string
    title: string
    item: Option.Option<string>
    minutes: Option.Option<string>
    paper: ReadonlyArray<string>
  },
) =>
  onMeeting(global, a.id, () =>
    Option.isSome(a.item) && Option.isSome(a.minutes)
      ? Effect.fail(new BadInput({ problem: "a point is about an item or about minutes, not both", next }))
      : Effect.succeed([
          {
            _tag: "AddAgendaPoint",
            meetingId: a.id,
            title: a.title,
            subject: Option.isSome(a.item)
              ? { kind: "item", itemId: a.item.value }
              : Option.isSome(a.minutes)
                ? { kind: "minutes", meetingId: a.minutes.value }
                : { kind: "other" },
            papers: a.paper,
          },
        ]),
  )

/** `meeting attend|apologise|absent`. */
export const attendance = (global: Global, a: { id: string; person: ReadonlyArray<string> }, what: string) =>
  onMeeting(global, a.id, () =>
    a.person.length === 0
      ? Effect.fail(new BadInput({ problem: "name at least one --person", next }))
      : Effect.succeed(
          a.person.map((person) => ({
            _tag: "RecordAttendance",
            meetingId: a.id,
            person,
            presence: what === "attend" ? "present" : what === "apologise" ? "apologies" : "absent",
          })),
        ),
  )

/** `meeting substitute`. */
export const substitute = (global: Global, a: { id: string; member: string; by: string }) =>
  onMeeting(global, a.id, () =>
    Effect.succeed([{ _tag: "RecordSubstitute", meetingId: a.id, member: a.member, substitute: a.by }]),
  )

/** `meeting recuse`. */
export const recuse = (global: Global, a: { id: string; point: number; person: string; reason: string }) =>
  onMeeting(global, a.id, () =>
    Effect.succeed([{ _tag: "RecordRecusal", meetingId: a.id, point: a.point, person: a.person, reason: a.reason }]),
  )

/** `meeting vote`. */
export const vote = (global: Global, a: { id: string; point: number; vote: ReadonlyArray<string> }) =>
  onMeeting(global, a.id, () =>
    Effect.flatMap(parseVotes(a.vote), (votes) =>
      votes.length === 0
        ? Effect.fail(new BadInput({ problem: "name at least one --vote PERSON=for|against|abstain", next }))
        : Effect.succeed(
            votes.map((v) => ({ _tag: "CastVote", meetingId: a.id, point: a.point, person: v.member, vote: v.vote })),
          ),
    ),
  )

/** `meeting action`. */
export const action = (
  global: Global,
  a: { id: string; action: string; owner: string; due: string; point: Option.Option<number> },
) =>
  onMeeting(global, a.id, () =>
    Effect.map(parseDate(a.due, "--due"), (due) => [
      {
        _tag: "AddActionPoint",
        meetingId: a.id,
        action: a.action,
        owner: a.owner,
        due,
        ...Option.match(a.point, { onNone: () => ({}), onSome: (point) => ({ point }) }),
      },
    ]),
  )

/** `meeting close`. */
export const close = (global: Global, a: { id: string; minutes: Option.Option<string> }) =>
  onMeeting(global, a.id, () =>
    Effect.succeed([
      {
        _tag: "CloseMeeting",
        meetingId: a.id,
        ...Option.match(a.minutes, { onNone: () => ({}), onSome: (minutes) => ({ minutes }) }),
      },
    ]),
  )

/** `meeting show`. */
export const show = (global: Global, a: { id: string }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const lijst = yield* (yield* Meeting.Meetings).besluitenlijst((yield* meetingOf(a.id)).meetingId)
      return { json: lijst, text: besluitenlijstMarkdown(lijst!) } satisfies Output
    }),
  )

/** `meeting list`. */
export const list = (global: Global) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const rows = [...(yield* Store.queryAll(yield* Store.ReadModelStore, Meeting.meetingOverview))]
      rows.sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id))
      return {
        json: { meetings: rows },
        text: table(
          ["date", "id", "kind", "body", "status", "points", "decisions"],
          rows.map((r) => [r.date, r.id, r.kind, r.body, r.status, String(r.points), String(r.decisions)]),
        ),
      } satisfies Output
    }),
  )

/** `besluitenlijst MEETING`. */
export const besluitenlijst = (global: Global, a: { id: string; format: string; out: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const lijst = (yield* (yield* Meeting.Meetings).besluitenlijst((yield* meetingOf(a.id)).meetingId))!
      const rendered = a.format === "html" ? besluitenlijstHtml(lijst) : besluitenlijstMarkdown(lijst)
      if (Option.isSome(a.out)) writeFileSync(a.out.value, rendered)
      return {
        json: lijst,
        text: Option.isSome(a.out) ? `besluitenlijst of ${a.id} written to ${a.out.value}` : rendered,
      } satisfies Output
    }),
  )
