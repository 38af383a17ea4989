import { existsSync } from "node:fs"
import { writeFile } from "node:fs/promises"
import { Kernel } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { htmlReport } from "../report/htmlReport.js"
import { markdownReport } from "../report/markdownReport.js"
import { reportData } from "../report/ReportData.js"
import { parseDate } from "../runtime/input.js"
import { replayLayer, requireStoreFile } from "../runtime/services.js"

/** `report`: the programme's status as Markdown (default) or one self-contained HTML file. */
export const report = (
  global: Global,
  args: { format: "markdown" | "html"; out: Option.Option<string>; date: Option.Option<string> },
) =>
  Effect.gen(function* () {
    yield* requireStoreFile(global.db)
    const asOf = Option.isSome(args.date)
      ? yield* parseDate(args.date.value, "--date")
      : new Date().toISOString().slice(0, 10)
    if (Option.isSome(args.out) && existsSync(args.out.value)) {
      return yield* new BadInput({
        problem: `'${args.out.value}' exists already`,
        next: "name a new file; nothing is overwritten",
      })
    }
    const data = yield* Effect.provide(
      reportData(Kernel.calendarDate(asOf)),
      replayLayer(global.db, `${asOf}T12:00:00Z`),
    )
    const text = args.format === "html" ? htmlReport(data) : markdownReport(data)
    if (Option.isSome(args.out)) {
      const file = args.out.value
      yield* Effect.promise(() => writeFile(file, text))
      return {
        json: {
          file,
          format: args.format,
          asOf,
          measures: data.matrix.length,
          municipalities: data.municipalities.length,
        },
        text: `report written to ${file}`,
      } satisfies Output
    }
    return {
      json: {
        format: args.format,
        asOf,
        measures: data.matrix.length,
        municipalities: data.municipalities.length,
        figures: data.figures,
        report: text,
      },
      text,
    } satisfies Output
  })
