import { calendarDate, Health } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { parseDate } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"

const mark = { green: "●  green", amber: "◐  amber", red: "○  red" } as const

/** `health`: the randvoorwaarden — staffing, commitment, budget — with the findings behind them. */
export const health = (global: Global, args: { date: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const date = Option.isSome(args.date) ? calendarDate(yield* parseDate(args.date.value, "--date")) : undefined
      const result = yield* (yield* Health).health(date)
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
      }
      return {
        json,
        text: [
          `health on ${result.date}: ${result.signal}`,
          ...json.conditions.flatMap((c) => [
            `${mark[c.signal]}  ${c.condition}`,
            ...c.findings.filter((f) => f.signal !== "green").map((f) => `     ${f.code}: ${f.explanation}`),
          ]),
        ].join("\n"),
      } satisfies Output
    }),
  )
