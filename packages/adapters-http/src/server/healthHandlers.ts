import { HttpApiBuilder } from "@effect/platform"
import { Health, Kernel } from "@weerbaar/core"
import { Effect } from "effect"
import { Bevinding, Randvoorwaarden } from "../api/healthResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { readOrUnavailable } from "./execution.js"

/** The randvoorwaarden over HTTP. @category server */
export const RandvoorwaardenLive = HttpApiBuilder.group(WeerbaarApi, "randvoorwaarden", (handlers) =>
  Effect.gen(function* () {
    const health = yield* Health.Health
    return handlers.handle("get", ({ urlParams }) =>
      Effect.map(
        readOrUnavailable(
          health.health(urlParams.peildatum === undefined ? undefined : Kernel.CalendarDate.make(urlParams.peildatum)),
        ),
        (h) =>
          new Randvoorwaarden({
            peildatum: h.date,
            signaal: h.signal,
            voorwaarden: h.conditions.map((c) => ({
              voorwaarde: c.condition,
              signaal: c.signal,
              bevindingen: c.findings.map(
                (f) =>
                  new Bevinding({
                    code: f.code,
                    signaal: f.signal,
                    controle: f.check,
                    feiten: f.facts,
                    uitleg: f.explanation,
                  }),
              ),
            })),
          }),
      ),
    )
  }),
)
