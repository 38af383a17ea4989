import { HttpApiBuilder } from "@effect/platform"
import { Route, Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { readOrUnavailable } from "./execution.js"
import { notFound } from "./problems.js"
import { toBesluit } from "./representations.js"

/** The decision register over HTTP. @category server */
export const BesluitenLive = HttpApiBuilder.group(WeerbaarApi, "besluiten", (handlers) =>
  Effect.gen(function* () {
    const readModels = yield* Store.ReadModelStore
    return handlers
      .handle("list", ({ urlParams }) =>
        Effect.map(
          readOrUnavailable(
            readModels.query(Route.decisionRegister, {
              where: Object.assign(
                {},
                urlParams.bestuursorgaan === undefined ? {} : { bestuursorgaan: urlParams.bestuursorgaan },
                urlParams.stuk === undefined ? {} : { itemId: urlParams.stuk },
              ),
              ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
              ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
            }),
          ),
          (page) => ({
            resultaten: page.rows.map((r) => toBesluit(r.row)),
            ...(page.next === undefined ? {} : { volgende: page.next }),
          }),
        ),
      )
      .handle("get", ({ path }) =>
        Effect.flatMap(readOrUnavailable(readModels.get(Route.decisionRegister, path.id)), (row) =>
          Option.match(row, {
            onNone: () => Effect.fail(notFound(`besluiten/${path.id}`)),
            onSome: (r) => Effect.succeed(toBesluit(r)),
          }),
        ),
      )
  }),
)
