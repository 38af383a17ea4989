import { HttpApiBuilder } from "@effect/platform"
import { Programme, Route, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { readOrUnavailable } from "./execution.js"
import { notFound } from "./problems.js"
import { toBesluit } from "./representations.js"
import { withDecisionSignals } from "./signalViews.js"

/** The decision register over HTTP; each decision with the signals its act carried, from the signal-register. @category server */
export const BesluitenLive = HttpApiBuilder.group(WeerbaarApi, "besluiten", (handlers) =>
  Effect.gen(function* () {
    const readModels = yield* Store.ReadModelStore
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.gen(function* () {
          const page = yield* readOrUnavailable(
            readModels.query(Route.decisionRegister, {
              where: Object.assign(
                {},
                urlParams.bestuursorgaan === undefined ? {} : { bestuursorgaan: urlParams.bestuursorgaan },
                urlParams.stuk === undefined ? {} : { itemId: urlParams.stuk },
              ),
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          )
          const signals = yield* readOrUnavailable(Programme.decisionSignals(readModels))
          return {
            resultaten: page.rows.map((r) => withDecisionSignals(toBesluit(r.row), signals.get(r.key))),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }
        }),
      )
      .handle("get", ({ path }) =>
        Effect.gen(function* () {
          const row = yield* readOrUnavailable(readModels.get(Route.decisionRegister, path.id))
          if (Option.isNone(row)) return yield* Effect.fail(notFound(`besluiten/${path.id}`))
          const signals = yield* readOrUnavailable(Programme.decisionSignals(readModels, path.id))
          return withDecisionSignals(toBesluit(row.value), signals.get(path.id))
        }),
      )
  }),
)
