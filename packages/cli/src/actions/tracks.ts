import { Governance, Kernel, Practice, Programme } from "@weerbaar/core"
import { Effect, Option, Schema } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput, idOf } from "../runtime/input.js"
import { type DecisionRecordArgs, decisionRecord, recordOptions } from "../runtime/decisionRecord.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"
import { executedJson, executedText } from "./executed.js"

const next = "see `weerbaar track --help`"

const trackJson = (t: {
  practiceId: string | undefined
  municipality: string | undefined
  phase: string
  reason: string | undefined
  maatwerk: ReadonlyArray<string>
  reached: object
  planned: object
  exemption: object | undefined
}) => ({
  practiceId: t.practiceId,
  municipality: t.municipality,
  phase: t.phase,
  ...(t.reason === undefined ? {} : { reason: t.reason }),
  maatwerk: t.maatwerk,
  planned: t.planned,
  reached: t.reached,
  ...(t.exemption === undefined ? {} : { exemption: t.exemption }),
})

/** `track set`: a municipality's track of a measure moves to a phase. */
export const setTrack = (
  global: Global,
  args: {
    practice: string
    municipality: string
    phase: string
    date: Option.Option<string>
    reason: Option.Option<string>
    maatwerk: Option.Option<string>
  },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(
        Practice.MoveTrack,
        next,
      )({
        _tag: "MoveTrack",
        practiceId: args.practice,
        municipality: args.municipality,
        to: args.phase,
        on: yield* dateOrToday(args.date),
        ...(Option.isSome(args.reason) ? { reason: args.reason.value } : {}),
        ...(Option.isSome(args.maatwerk) ? { maatwerk: args.maatwerk.value } : {}),
      })
      const tracks = yield* Practice.Tracks
      const executed = yield* tracks.execute(actor, command)
      const track = yield* tracks.track(command.practiceId, command.municipality)
      return {
        json: { track: trackJson(track), ...executedJson(executed, global.lang) },
        text: `${args.practice} in ${args.municipality}: ${track.phase}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** `track exempt`: the DVO's decision, taken in its meeting, that a municipality need not execute an accorded measure. */
export const exempt = (
  global: Global,
  args: DecisionRecordArgs & {
    practice: string
    municipality: string
    decisionId: string
    reason: string
    rationale: Option.Option<string>
  },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const runtime = yield* Programme.ProgrammeRuntime
      const day = Kernel.calendarDate(yield* dateOrToday(args.date))
      const body = Schema.is(Governance.OrganisationId)(args.municipality)
        ? Practice.exemptingBody(yield* runtime.modelOn(day), actor, args.municipality, day)
        : "dvo"
      const record = yield* decisionRecord(
        args,
        body,
        Option.getOrElse(args.rationale, () => args.reason),
      )
      const command = yield* decodeInput(
        Practice.GrantExemption,
        next,
        recordOptions,
      )({
        _tag: "GrantExemption",
        practiceId: args.practice,
        municipality: args.municipality,
        decisionId: args.decisionId,
        ...record,
        reason: args.reason,
      })
      const executed = yield* (yield* Practice.Tracks).execute(actor, command)
      return {
        json: { practiceId: args.practice, municipality: args.municipality, ...executedJson(executed, global.lang) },
        text: `${args.municipality} exempted from ${args.practice}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** `track show`: the tracks of a measure in every municipality (or one). */
export const showTracks = (global: Global, args: { practice: string; municipality: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const tracks = yield* Practice.Tracks
      const practiceId = yield* idOf(
        Practice.PracticeId,
        args.practice,
        `there is no Best Practice '${args.practice}'`,
        "`weerbaar best-practice list` lists them",
      )
      const all = Option.isSome(args.municipality)
        ? [
            yield* tracks.track(
              practiceId,
              yield* idOf(
                Governance.OrganisationId,
                args.municipality.value,
                `there is no municipality '${args.municipality.value}'`,
                "`weerbaar governance` lists the organisations",
              ),
            ),
          ]
        : yield* tracks.tracksOf(practiceId)
      const json = { practiceId: args.practice, tracks: all.map(trackJson) }
      const model = yield* (yield* Programme.Programme).model
      const names = new Map(model.organisations.map((o) => [o.id as string, o.name]))
      return {
        json,
        text: table(
          ["municipality", "phase", "since", "reason / maatwerk"],
          json.tracks.map((t) => [
            names.get(t.municipality ?? "") ?? t.municipality ?? "",
            t.phase,
            String((t.reached as Record<string, string>)[t.phase] ?? ""),
            t.reason ?? t.maatwerk.join("; "),
          ]),
        ),
      } satisfies Output
    }),
  )
