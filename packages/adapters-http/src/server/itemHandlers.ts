import { HttpApiBuilder, type HttpApiGroup } from "@effect/platform"
import { type Governance, Health, Meeting, Programme, Route, Store } from "@weerbaar/core"
import { Effect, type Layer } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import type { itemResources } from "../api/groups/items.js"
import { WeerbaarApi } from "../api/WeerbaarApi.js"
import { recordOfRequest } from "./decisionRecords.js"
import { asProblem, readOrUnavailable, requiredVersion, withResponseHeader } from "./execution.js"
import { idempotencyOf } from "./idempotency.js"
import {
  decisionIdOf,
  decisionOf,
  draftOf,
  editOf,
  idPrefixes,
  type ItemCommandOf,
  revocationOf,
  submitOf,
  withdrawalOf,
} from "./itemRequests.js"
import { createdBy, makeItemViews, type ShownItem } from "./itemViews.js"
import { toSamenvatting, toToegestaneActie, toHistorieRegel, etagOf } from "./representations.js"
import { withHistorySignals, withSignals } from "./signalViews.js"

/** The handlers of one kind of item's group: its route over HTTP. @category server */
export const itemGroupLive = <
  const Group extends
    | "voorstellen"
    | "opdrachten"
    | "bijstellingen"
    | "programmaplannen"
    | "voortgangsrapportages"
    | "overdrachtsvoorstellen",
>(
  group: Group,
  kind: keyof typeof itemResources & Governance.ItemKind,
) =>
  // The item groups have the same endpoints; typed as one, provided as its own group.
  itemGroup(group, kind) as unknown as Layer.Layer<
    HttpApiGroup.ApiGroup<"weerbaar", Group>,
    never,
    Layer.Layer.Context<ReturnType<typeof itemGroup>>
  >

const itemGroup = (group: string, kind: keyof typeof itemResources & Governance.ItemKind) =>
  HttpApiBuilder.group(WeerbaarApi, group as "voorstellen", (handlers) =>
    Effect.gen(function* () {
      const programme = yield* Programme.Programme
      const runtime = yield* Programme.ProgrammeRuntime
      const readModels = yield* Store.ReadModelStore
      const health = yield* Health.Health
      const meetings = yield* Meeting.Meetings
      const views = makeItemViews(programme, runtime, readModels, kind)

      /** Answers with the item, its version as the ETag. */
      const answer = ({ stuk, version }: ShownItem) => Effect.as(withResponseHeader("etag", etagOf(version)), stuk)

      /** Answers with the item a command left and the signals the command carried. */
      const answerAfter = (itemId: string, result: Programme.Executed<Route.ItemState>) =>
        Effect.flatMap(views.viewAfter(itemId, result), (shown) =>
          answer({ stuk: withSignals(shown.stuk, result.signals), version: shown.version }),
        )

      /** Executes a command on an existing item, with the version the client read. */
      const change = (
        itemId: string,
        headers: { readonly "if-match"?: string | undefined; readonly "idempotency-key"?: string | undefined },
        command: ItemCommandOf,
      ) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          const expectedVersion = yield* requiredVersion(headers["if-match"])
          const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
          yield* views.exists(itemId)
          // A voortgangsrapportage's figures are frozen as of the submission date (`routeItem`).
          const result = yield* asProblem(
            Programme.routeItem(person, command(Route.ItemId.make(itemId)), { expectedVersion, ...idempotency }).pipe(
              Effect.provideService(Programme.Programme, programme),
              Effect.provideService(Store.ReadModelStore, readModels),
              Effect.provideService(Health.Health, health),
            ),
          )
          return yield* answerAfter(itemId, result)
        })

      const newDecisionId = (id: string | undefined) => decisionIdOf(programme.newId, id)

      return handlers
        .handle("list", ({ urlParams }) =>
          Effect.gen(function* () {
            const page = yield* readOrUnavailable(
              readModels.query(Route.itemOverview, {
                where: {
                  kind,
                  ...(urlParams.status === undefined ? {} : { status: urlParams.status }),
                  ...(urlParams.opstellendOrgaan === undefined ? {} : { draftingBody: urlParams.opstellendOrgaan }),
                },
                ...(urlParams.cursor === undefined ? {} : { after: urlParams.cursor }),
                ...(urlParams.limiet === undefined ? {} : { limit: urlParams.limiet }),
              }),
            )
            return {
              resultaten: page.rows.map((r) => toSamenvatting(r.row)),
              ...(page.next === undefined ? {} : { volgende: page.next }),
            }
          }),
        )
        .handle("draft", ({ payload, headers }) =>
          Effect.gen(function* () {
            const { person } = yield* CurrentPerson
            const idempotency = yield* idempotencyOf(person, headers["idempotency-key"])
            const itemId = payload.id ?? (yield* programme.newId(idPrefixes[kind]))
            const result = yield* asProblem(programme.route(person, draftOf(kind, itemId, payload), idempotency))
            const created = createdBy(result, itemId)
            yield* withResponseHeader("location", `/v1/${views.resource}/${created}`)
            return yield* answerAfter(created, result)
          }),
        )
        .handle("get", ({ path }) => Effect.flatMap(views.view(path.id), answer))
        .handle("edit", ({ path, payload, headers }) => change(path.id, headers, editOf(payload)))
        .handle("submit", ({ path, headers }) => change(path.id, headers, submitOf()))
        .handle("decide", ({ path, payload, headers }) =>
          Effect.gen(function* () {
            // The record written out, or the meeting's point or the written round it names.
            const record = yield* recordOfRequest(meetings, runtime, payload)
            const decisionId = yield* newDecisionId(payload.id)
            return yield* change(path.id, headers, decisionOf(payload, decisionId, record))
          }),
        )
        .handle("withdraw", ({ path, payload, headers }) => change(path.id, headers, withdrawalOf(payload)))
        .handle("revoke", ({ path, payload, headers }) =>
          Effect.flatMap(newDecisionId(payload.id), (decisionId) =>
            change(path.id, headers, revocationOf(payload, decisionId)),
          ),
        )
        .handle("allowedActions", ({ path }) =>
          Effect.gen(function* () {
            const { person } = yield* CurrentPerson
            yield* views.exists(path.id)
            const actions = yield* readOrUnavailable(programme.allowedActions(person, Route.ItemId.make(path.id)))
            return actions.map(toToegestaneActie)
          }),
        )
        .handle("history", ({ path }) =>
          Effect.gen(function* () {
            yield* views.exists(path.id)
            const page = yield* readOrUnavailable(
              readModels.query(Route.itemHistory, { where: { itemId: path.id }, limit: 500 }),
            )
            // The signals of this item only, from their register, not from the log.
            const signals = yield* readOrUnavailable(
              readModels.query(Programme.signalRegister, { where: { itemId: path.id }, limit: 500 }),
            )
            return withHistorySignals(
              page.rows.map((r) => toHistorieRegel(r.row)),
              signals.rows.map((r) => r.row),
            )
          }),
        )
    }),
  )
