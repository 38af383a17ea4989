import { HttpApiBuilder } from "@effect/platform"
import { Kernel, Practice, Programme, Store } from "@weerbaar/core"
import { Effect } from "effect"
import { toSamenhang } from "../api/coherenceResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { readOrUnavailable } from "./execution.js"

/** The coherence view over HTTP, from the practice and track read models, on the peildatum (default today). @category server */
export const SamenhangLive = HttpApiBuilder.group(WeerbaarApi, "samenhang", (handlers) =>
  Effect.gen(function* () {
    const programme = yield* Programme.Programme
    const runtime = yield* Programme.ProgrammeRuntime
    const readModels = yield* Store.ReadModelStore
    return handlers.handle("get", ({ urlParams }) =>
      Effect.gen(function* () {
        const date =
          urlParams.peildatum === undefined
            ? Kernel.dateOf(yield* runtime.now)
            : Kernel.CalendarDate.make(urlParams.peildatum)
        const model = yield* readOrUnavailable(programme.modelOn(date))
        const view = yield* readOrUnavailable(Practice.coherenceOfReadModels(readModels, model, date))
        return toSamenhang(date, view)
      }),
    )
  }),
)
