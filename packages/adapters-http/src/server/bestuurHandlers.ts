import { HttpApiBuilder } from "@effect/platform"
import { Governance, Kernel, Programme } from "@weerbaar/core"
import { Effect } from "effect"
import { Gemeente, Lid, Orgaan } from "../api/resources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { asProblem, readOrUnavailable, withResponseHeader } from "./execution.js"
import { toBestuursmodelversie } from "../api/modelVersions.js"
import { CurrentPerson } from "../api/Authentication.js"
import { notFound } from "./problems.js"

const orgaan = (model: Governance.GovernanceModel, id: string, date: Kernel.CalendarDate): Orgaan | undefined => {
  const body = model.bodies.find((b) => b.id === id)
  if (body === undefined) return undefined
  return new Orgaan({
    id: body.id,
    naam: body.name,
    niveau: body.level,
    ...(body.theme === undefined ? {} : { thema: body.theme }),
    besluitregel: {
      methode: body.decisionRule.method,
      ...(body.decisionRule.quorumPercent === undefined ? {} : { quorumPercentage: body.decisionRule.quorumPercent }),
    },
    leden: Governance.membersOn(model, body.id, date).map(
      (m) =>
        new Lid({
          persoon: m.person,
          naam: Governance.personName(model, m.person),
          organisatie: model.persons.find((p) => p.id === m.person)?.organisation ?? "",
          rol: m.role,
          vanaf: m.from,
          ...(m.to === undefined ? {} : { tot: m.to }),
        }),
    ),
  })
}

/** The governance structure over HTTP. @category server */
export const BestuurLive = HttpApiBuilder.group(WeerbaarApi, "bestuur", (handlers) =>
  Effect.gen(function* () {
    const runtime = yield* Programme.ProgrammeRuntime
    const programme = yield* Programme.Programme
    const context = (peildatum: Kernel.CalendarDate | undefined) =>
      Effect.gen(function* () {
        const date = peildatum ?? Kernel.dateOf(yield* runtime.now)
        return { model: yield* readOrUnavailable(runtime.modelOn(date)), date }
      })
    return handlers
      .handle("organen", ({ urlParams }) =>
        Effect.map(context(urlParams.peildatum), ({ model, date }) =>
          model.bodies.flatMap((b) => orgaan(model, b.id, date) ?? []),
        ),
      )
      .handle("orgaan", ({ path, urlParams }) =>
        Effect.flatMap(context(urlParams.peildatum), ({ model, date }) => {
          const found = orgaan(model, path.id, date)
          return found === undefined ? Effect.fail(notFound(`organen/${path.id}`)) : Effect.succeed(found)
        }),
      )
      .handle("gemeenten", () =>
        Effect.map(readOrUnavailable(runtime.model), (model) =>
          model.programme.municipalities.flatMap(({ id }) => {
            const g = model.organisations.find((o) => o.id === id)
            return g?.kind === "gemeente" ? [new Gemeente({ id: g.id, naam: g.name, cbsCode: g.cbsCode })] : []
          }),
        ),
      )
      .handle("versies", () =>
        Effect.map(readOrUnavailable(programme.versions), (all) => all.map(toBestuursmodelversie)),
      )
      .handle("versie", ({ path }) =>
        Effect.flatMap(readOrUnavailable(programme.versions), (all) => {
          const found = all.find((v) => String(v.version) === path.id)
          return found === undefined
            ? Effect.fail(notFound(`bestuursmodel/versies/${path.id}`))
            : Effect.succeed(toBestuursmodelversie(found))
        }),
      )
      .handle("nieuweVersie", ({ payload }) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          yield* asProblem(
            programme.adoptModel(payload.bestuursmodel, person, {
              ...(payload.besluit === undefined
                ? {}
                : { decision: { itemId: payload.besluit.stuk, decisionId: payload.besluit.besluit } }),
              ...(payload.geldigVanaf === undefined ? {} : { validFrom: payload.geldigVanaf }),
            }),
          )
          const adopted = (yield* readOrUnavailable(programme.versions)).at(-1)!
          yield* withResponseHeader("location", `/v1/bestuursmodel/versies/${adopted.version}`)
          return toBestuursmodelversie(adopted)
        }),
      )
      .handle("begroting", () =>
        Effect.map(readOrUnavailable(programme.budget), (b) => ({
          beschikbaar: b.available,
          vastgelegd: b.committed,
          vrij: b.available - b.committed,
        })),
      )
  }),
)
