import { Milestone, type Programme } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput, parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { table } from "../runtime/table.js"
import { executedJson, executedText } from "./executed.js"

const next = "see `weerbaar milestone --help`"

const execute = (
  global: Global,
  milestoneId: string,
  command: Effect.Effect<unknown, BadInput, Programme.ProgrammeRuntime>,
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const milestones = yield* Milestone.Milestones
      const executed = yield* milestones.execute(actor, (yield* command) as Parameters<typeof milestones.execute>[1])
      return {
        json: { milestoneId, ...executedJson(executed, global.lang) },
        text: `${milestoneId}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** `milestone plan`: a body plans a phase result with its due date. */
export const plan = (global: Global, args: { id: string; title: string; phase: string; owner: string; due: string }) =>
  execute(
    global,
    args.id,
    Effect.flatMap(parseDate(args.due, "--due"), (dueDate) =>
      decodeInput(
        Milestone.PlanMilestone,
        next,
      )({
        _tag: "PlanMilestone",
        milestoneId: args.id,
        title: args.title,
        phase: args.phase,
        ownerBody: args.owner,
        dueDate,
      }),
    ),
  )

/** `milestone reschedule`: a new due date with its reason. */
export const reschedule = (global: Global, args: { id: string; due: string; reason: string }) =>
  execute(
    global,
    args.id,
    Effect.flatMap(parseDate(args.due, "--due"), (dueDate) =>
      decodeInput(
        Milestone.RescheduleMilestone,
        next,
      )({
        _tag: "RescheduleMilestone",
        milestoneId: args.id,
        dueDate,
        reason: args.reason,
      }),
    ),
  )

/** `milestone deliver`: the result was delivered. */
export const deliver = (
  global: Global,
  args: { id: string; date: Option.Option<string>; note: Option.Option<string> },
) =>
  execute(
    global,
    args.id,
    Effect.gen(function* () {
      const deliveredOn = yield* dateOrToday(args.date)
      return yield* decodeInput(
        Milestone.DeliverMilestone,
        next,
      )({
        _tag: "DeliverMilestone",
        milestoneId: args.id,
        deliveredOn,
        ...(Option.isSome(args.note) ? { note: args.note.value } : {}),
      })
    }),
  )

/** `milestone agenda`: late milestones and those due within the horizon. */
export const agenda = (global: Global, args: { days: number }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      if (!Number.isInteger(args.days) || args.days < 0) {
        return yield* new BadInput({ problem: `--days ${args.days} is not a number of days`, next: "pass --days 30" })
      }
      const result = yield* (yield* Milestone.Milestones).agenda(args.days)
      return {
        json: result,
        text: [
          `agenda on ${result.asOf}`,
          "late:",
          table(
            ["milestone", "title", "owner", "due", "days late"],
            result.late.map((m) => [m.milestoneId, m.title, m.ownerBody, m.dueDate, String(m.daysLate)]),
          ),
          `due within ${args.days} days:`,
          table(
            ["milestone", "title", "owner", "due", "days left"],
            result.upcoming.map((m) => [m.milestoneId, m.title, m.ownerBody, m.dueDate, String(m.daysLeft)]),
          ),
        ].join("\n"),
      } satisfies Output
    }),
  )
