import { HttpApiBuilder } from "@effect/platform"
import { Handover, Information, Programme, Route } from "@weerbaar/core"
import { Effect, Either, Option } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import { Overdracht, Overdrachtsimport } from "../api/handoverResources.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { asProblem, readOrUnavailable, withResponseHeader } from "./execution.js"
import { idempotencyOf } from "./idempotency.js"
import { invalidRequest, notFound } from "./problems.js"
import { withSignals } from "./signalViews.js"

const toOverdracht = (pkg: Handover.HandoverPackage): Overdracht =>
  new Overdracht({
    id: pkg.content.handoverId,
    titel: pkg.content.title,
    pakketversie: pkg.packageVersion,
    vingerafdruk: pkg.digest,
    opgemaaktOp: pkg.content.createdAt,
    opgemaaktDoor: pkg.content.createdBy,
    besluit: pkg.content.decision.decisionId,
    besluitdatum: pkg.content.decision.meetingDate,
    bestPractices: pkg.content.practices.map((p) => p.practiceId),
  })

// A package that is not accepted is bad input: a 400 that names why.
const packageRefused = (refused: Handover.HandoverPackageRefused) =>
  invalidRequest([
    {
      name: "body",
      code: `package-${refused.reason}`,
      reason: `${refused.explanation.nl} / ${refused.explanation.en}${refused.details === "" ? "" : ` (${refused.details})`}`,
    },
  ])

/** Handover packages over HTTP: made, downloaded as JSON or Markdown, imported. @category server */
export const OverdrachtenLive = HttpApiBuilder.group(WeerbaarApi, "overdrachten", (handlers) =>
  Effect.gen(function* () {
    const handover = yield* Handover.Handover
    const information = yield* Information.Information
    const programme = yield* Programme.Programme

    const packageOf = (itemId: string) =>
      Effect.flatMap(readOrUnavailable(handover.package(Route.ItemId.make(itemId))), (pkg) =>
        Option.match(pkg, {
          onNone: () => Effect.fail(notFound(`overdrachten/${itemId}`)),
          onSome: Effect.succeed,
        }),
      )

    return handlers
      .handle("create", ({ payload, headers }) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
          const itemId = Route.ItemId.make(payload.overdrachtsvoorstel)
          const item = yield* readOrUnavailable(programme.item(itemId))
          if (!item.exists || item.kind !== "overdracht") {
            return yield* Effect.fail(notFound(`overdrachtsvoorstellen/${itemId}`))
          }
          const insights = yield* readOrUnavailable(information.insightsBundle)
          const pkg = yield* asProblem(handover.createPackage(person, itemId, insights, idempotency))
          yield* withResponseHeader("location", `/v1/overdrachten/${itemId}`)
          return toOverdracht(pkg)
        }),
      )
      .handle("get", ({ path }) => Effect.map(packageOf(path.id), toOverdracht))
      .handle("package", ({ path }) => packageOf(path.id))
      .handle("readable", ({ path }) => Effect.map(packageOf(path.id), Handover.renderHandoverMarkdown))
      .handle("import", ({ payload, headers }) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
          const checked = Handover.verifyHandoverPackage(payload)
          if (Either.isLeft(checked)) return yield* Effect.fail(packageRefused(checked.left))
          const pkg = checked.right
          const imported = yield* Effect.either(handover.importPackage(person, payload, idempotency))
          if (Either.isLeft(imported)) {
            const error = imported.left
            return yield* error._tag === "HandoverPackageRefused"
              ? Effect.fail(packageRefused(error))
              : asProblem(Effect.fail(error))
          }
          yield* withResponseHeader("location", `/v1/overdrachtsvoorstellen/${pkg.content.handoverId}`)
          return withSignals(
            new Overdrachtsimport({
              overdrachtsvoorstel: pkg.content.handoverId,
              bestPractices: pkg.content.practices.map((p) => p.practiceId),
              vingerafdruk: pkg.digest,
              gebeurtenissen: imported.right.events.length,
            }),
            imported.right.signals,
          )
        }),
      )
  }),
)
