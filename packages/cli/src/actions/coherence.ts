import { Kernel, Practice, Programme, Store } from "@weerbaar/core"
import { Effect, type Option } from "effect"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { dateOrToday } from "../runtime/input.js"
import { onStore } from "../runtime/services.js"
import { coherenceLines } from "../report/coherenceSection.js"

/** `best-practice coherence`: the measures per theme, their links and where themes meet, by name. */
export const showCoherence = (global: Global, args: { date: Option.Option<string> }) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const date = Kernel.calendarDate(yield* dateOrToday(args.date))
      const model = yield* (yield* Programme.Programme).modelOn(date)
      const view = yield* Practice.coherenceOfReadModels(yield* Store.ReadModelStore, model, date)
      return { json: view, text: coherenceLines(view).join("\n") } satisfies Output
    }),
  )
