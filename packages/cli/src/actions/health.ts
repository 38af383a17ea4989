import { Health, Kernel, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { actorOf, dateOrToday, decodeInput, parseBudgetLineRef, parseDate, parseEuros } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { euro } from "../runtime/table.js"
import { executedJson, executedText } from "./executed.js"

const next = "see `weerbaar health --help`"

const mark = { green: "●  green", amber: "◐  amber", red: "○  red" } as const

/** The rules signalled (comply or explain): counts per rule, then the open ones per municipality. */
const signalledText = (
  signals: {
    readonly byRule: ReadonlyArray<{ readonly code: string; readonly count: number }>
    readonly openByMunicipality: ReadonlyArray<{
      readonly municipality: string
      readonly signals: ReadonlyArray<{ readonly code: string; readonly date: string; readonly explanation: string }>
    }>
  },
  lang: "nl" | "en",
): ReadonlyArray<string> =>
  signals.byRule.length === 0
    ? []
    : [
        lang === "nl" ? "signalen (pas toe of leg uit):" : "signals (comply or explain):",
        ...signals.byRule.map((r) => `     ${r.code}: ${r.count}`),
        ...signals.openByMunicipality.flatMap((m) => [
          `   open in ${m.municipality}:`,
          ...m.signals.map((s) => `     ${s.date} ${s.code}: ${s.explanation}`),
        ]),
      ]

/** `health`: the randvoorwaarden — staffing, commitment, budget — with the findings behind them. */
export const health = (global: Global, args: { date: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const date = Option.isSome(args.date)
        ? Kernel.calendarDate(yield* parseDate(args.date.value, "--date"))
        : undefined
      const result = yield* (yield* Health.Health).health(date)
      const signalled = yield* Health.complyOrExplain(yield* Store.ReadModelStore, result.date)
      const json = {
        date: result.date,
        signal: result.signal,
        conditions: result.conditions.map((c) => ({
          condition: c.condition,
          signal: c.signal,
          findings: c.findings.map((f) => ({
            code: f.code,
            signal: f.signal,
            explanation: f.explanation[global.lang],
            facts: f.facts,
          })),
        })),
        signals: {
          byRule: signalled.byRule,
          openByMunicipality: signalled.openByMunicipality.map((m) => ({
            municipality: m.municipality,
            signals: m.signals.map((s) => ({
              code: s.code,
              date: s.date,
              explanation: s.explanation[global.lang],
              ...(s.practiceId === undefined ? {} : { practiceId: s.practiceId }),
              ...(s.itemId === undefined ? {} : { itemId: s.itemId }),
            })),
          })),
        },
      }
      return {
        json,
        text: [
          `health on ${result.date}: ${result.signal}`,
          ...json.conditions.flatMap((c) => [
            `${mark[c.signal]}  ${c.condition}`,
            ...c.findings.filter((f) => f.signal !== "green").map((f) => `     ${f.code}: ${f.explanation}`),
          ]),
          ...signalledText(json.signals, global.lang),
        ].join("\n"),
      } satisfies Output
    }),
  )

/** `health confirm`: a partner organisation confirms it executes its part of an accorded proposal. */
export const confirmPart = (
  global: Global,
  args: { item: string; organisation: string; date: Option.Option<string> },
) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(Health.ConfirmPart, next, { itemId: "item", organisation: "--organisation" })({
        _tag: "ConfirmPart",
        itemId: args.item,
        organisation: args.organisation,
        confirmedOn: yield* dateOrToday(args.date),
      })
      const executed = yield* (yield* Health.Health).confirmPart(actor, command)
      return {
        json: { itemId: command.itemId, organisation: command.organisation, ...executedJson(executed, global.lang) },
        text: `${command.organisation} confirms its part of ${command.itemId}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )

/** The flags of `health spend`. */
export interface SpendArgs {
  readonly item: string
  readonly line: string
  readonly amount: string
  readonly date: string
  readonly description: string
  readonly reason: Option.Option<string>
}

/** `health spend`: money spent on a budget line of an accorded proposal. */
export const reportSpending = (global: Global, args: SpendArgs) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const actor = yield* actorOf(global)
      const command = yield* decodeInput(Health.ReportSpending, next, {
        itemId: "item",
        line: "--line",
        amount: "--amount",
        spentOn: "--date",
        description: "--description",
        reason: "--reason",
      })({
        _tag: "ReportSpending",
        itemId: args.item,
        line: yield* parseBudgetLineRef(args.line, "--line"),
        amount: yield* parseEuros(args.amount, "--amount"),
        spentOn: yield* parseDate(args.date, "--date"),
        description: args.description,
        ...(Option.isSome(args.reason) ? { reason: args.reason.value } : {}),
      })
      const executed = yield* (yield* Health.Health).reportSpending(actor, command)
      return {
        json: {
          itemId: command.itemId,
          line: command.line,
          amount: command.amount,
          spentOn: command.spentOn,
          ...executedJson(executed, global.lang),
        },
        text: `${euro(command.amount)} spent on ${Health.lineKey(command.line)} of ${command.itemId} on ${command.spentOn}\n${executedText(executed, global.lang)}`,
      } satisfies Output
    }),
  )
