import { HttpApiBuilder } from "@effect/platform"
import { Health, Kernel, Store } from "@weerbaar/core"
import { Effect } from "effect"
import { Bevinding, OpenRegelsignaal, Randvoorwaarden, Regelsignalen } from "../api/healthResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { readOrUnavailable } from "./execution.js"

const regelsignalen = (section: Health.ComplyOrExplain): Regelsignalen =>
  new Regelsignalen({
    perRegel: section.byRule.map((r) => ({ code: r.code, aantal: r.count })),
    openPerGemeente: section.openByMunicipality.map((m) => ({
      gemeente: m.municipality,
      signalen: m.signals.map(
        (s) =>
          new OpenRegelsignaal({
            code: s.code,
            datum: Kernel.CalendarDate.make(s.date),
            uitleg: s.explanation,
            ...(s.practiceId === undefined ? {} : { bestPractice: s.practiceId }),
            ...(s.itemId === undefined ? {} : { stuk: s.itemId }),
          }),
      ),
    })),
  })

/** The randvoorwaarden over HTTP, with the rules signalled up to the peildatum (from the signal-register). @category server */
export const RandvoorwaardenLive = HttpApiBuilder.group(WeerbaarApi, "randvoorwaarden", (handlers) =>
  Effect.gen(function* () {
    const health = yield* Health.Health
    const readModels = yield* Store.ReadModelStore
    return handlers.handle("get", ({ urlParams }) =>
      Effect.gen(function* () {
        const h = yield* readOrUnavailable(
          health.health(urlParams.peildatum === undefined ? undefined : Kernel.CalendarDate.make(urlParams.peildatum)),
        )
        const signalled = yield* readOrUnavailable(Health.complyOrExplain(readModels, h.date))
        return new Randvoorwaarden({
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
          regelsignalen: regelsignalen(signalled),
        })
      }),
    )
  }),
)
