import { HttpApiBuilder, type HttpApiGroup } from "@effect/platform"
import {
  BodyId,
  BudgetLine,
  CalendarDate,
  Cents,
  DecisionId,
  DraftItem,
  EditItem,
  type Executed,
  fold,
  ItemId,
  type ItemKind,
  OrganisationId,
  PersonId,
  type Item,
  type ItemState,
  itemHistory,
  itemOverview,
  itemStreamId,
  Programme,
  ProgrammeRuntime,
  ReadModelStore,
  RecordDecision,
  RevokeDecision,
  type RouteCommand,
  type RouteEvent,
  routeDecider,
  routeEventCodec,
  SubmitItem,
  WithdrawItem,
} from "@weerbaar/core"
import { Effect, Either, type Layer } from "effect"
import { CurrentPerson } from "../api/Authentication.js"
import type { NieuwBesluit, NieuweIntrekking, Stem, StukInhoud } from "../api/resources.js"
import { itemResources, WeerbaarApi } from "../api/WeerbaarApi.js"
import { asProblem, idempotencyKeyOf, readOrUnavailable, requiredVersion, withResponseHeader } from "./execution.js"
import { notFound, unavailable } from "./problems.js"
import { etagOf, toHistorieRegel, toSamenvatting, toStuk, toToegestaneActie } from "./representations.js"
import { checkedElsewhere } from "./checkedElsewhere.js"

const idPrefixes: Record<keyof typeof itemResources, string> = {
  opdracht: "op",
  beleidsvoorstel: "bv",
  programmabijstelling: "pb",
  voortgangsrapportage: "vr",
  overdracht: "od",
}

const votes: Record<(typeof Stem.Type)["stem"], "for" | "against" | "abstain"> = {
  voor: "for",
  tegen: "against",
  onthouding: "abstain",
}

// The request schemas carry the core's patterns, so these conversions cannot fail.
const contentOf = (inhoud: typeof StukInhoud.Type) => ({
  title: inhoud.titel,
  description: inhoud.omschrijving,
  budget: (inhoud.begroting ?? []).map(
    (r) =>
      new BudgetLine(
        {
          category: r.categorie,
          organisation: OrganisationId.make(r.organisatie),
          year: r.jaar,
          amount: Cents.make(r.bedrag),
        },
        checkedElsewhere,
      ),
  ),
  practices: inhoud.bestPractices ?? [],
})

const meetingOf = (b: typeof NieuwBesluit.Type | typeof NieuweIntrekking.Type) => ({
  meetingDate: CalendarDate.make(b.vergaderdatum),
  attendance: b.aanwezig.map((p) => PersonId.make(p)),
  recused: (b.belangenconflict ?? []).map((p) => PersonId.make(p)),
  votes: (b.stemmen ?? []).map((s) => ({ member: PersonId.make(s.lid), vote: votes[s.stem] })),
  rationale: b.motivering,
})

/** The handlers of one kind of item's group: its route over HTTP. @category server */
export const itemGroupLive = <
  const Group extends
    | "voorstellen"
    | "opdrachten"
    | "bijstellingen"
    | "voortgangsrapportages"
    | "overdrachtsvoorstellen",
>(
  group: Group,
  kind: keyof typeof itemResources & ItemKind,
) =>
  // The item groups have the same endpoints; typed as one, provided as its own group.
  itemGroup(group, kind) as unknown as Layer.Layer<
    HttpApiGroup.ApiGroup<"weerbaar", Group>,
    never,
    Layer.Layer.Context<ReturnType<typeof itemGroup>>
  >

const itemGroup = (group: string, kind: keyof typeof itemResources & ItemKind) =>
  HttpApiBuilder.group(WeerbaarApi, group as "voorstellen", (handlers) =>
    Effect.gen(function* () {
      const programme = yield* Programme
      const runtime = yield* ProgrammeRuntime
      const readModels = yield* ReadModelStore
      const resource = itemResources[kind]

      /** The item's state, at a stream version when given (the response of an idempotent replay). */
      const load = (itemId: string, atVersion?: number) =>
        Effect.gen(function* () {
          const events = yield* readOrUnavailable(runtime.store.readStream(itemStreamId(itemId)))
          const upTo = atVersion === undefined ? events : events.filter((e) => e.version <= atVersion)
          const decoded: Array<RouteEvent> = []
          for (const stored of upTo) {
            const event = routeEventCodec.fromStored(stored)
            if (Either.isLeft(event)) return yield* Effect.fail(unavailable(event.left.message))
            decoded.push(event.right)
          }
          const state: ItemState = fold(routeDecider, decoded)
          if (!state.exists || state.kind !== kind) return yield* Effect.fail(notFound(`${resource}/${itemId}`))
          return { item: state, version: upTo.at(-1)?.version ?? 0 }
        })

      const respond = (itemId: string, atVersion?: number) => Effect.flatMap(load(itemId, atVersion), represent)

      const represent = ({ item, version }: { readonly item: Item; readonly version: number }) =>
        Effect.gen(function* () {
          const model = yield* readOrUnavailable(runtime.model)
          yield* withResponseHeader("etag", etagOf(version))
          return toStuk(item, model)
        })

      /**
       * The item after a command: the state it was decided on with the command's own events applied,
       * without reading the stream again; read when it is a replay or another writer came between.
       */
      const respondAfter = (
        itemId: string,
        before: { readonly item: ItemState; readonly version: number },
        result: Executed,
      ) => {
        const own = result.events.filter((e) => e.streamId === itemStreamId(itemId))
        if (result.duplicate || before.version + own.length !== result.streamVersion) {
          return respond(itemId, result.duplicate ? result.streamVersion : undefined)
        }
        let item = before.item
        for (const stored of own) {
          const event = routeEventCodec.fromStored(stored)
          if (Either.isLeft(event)) return Effect.fail(unavailable(event.left.message))
          item = routeDecider.evolve(item, event.right)
        }
        return item.exists ? represent({ item, version: result.streamVersion }) : respond(itemId)
      }

      /** Executes a command on an existing item, with the version the client read. */
      const change = (
        itemId: string,
        headers: { readonly "if-match"?: string | undefined; readonly "idempotency-key"?: string | undefined },
        command: (itemId: ItemId) => RouteCommand,
      ) =>
        Effect.gen(function* () {
          const { person } = yield* CurrentPerson
          const idempotencyKey = yield* idempotencyKeyOf(person, headers["idempotency-key"])
          const expectedVersion = yield* requiredVersion(headers["if-match"])
          const before = yield* load(itemId)
          const result = yield* asProblem(
            programme.route(person, command(ItemId.make(itemId)), {
              expectedVersion,
              ...(idempotencyKey === undefined ? {} : { idempotencyKey }),
            }),
          )
          return yield* respondAfter(itemId, before, result)
        })

      const newDecisionId = (id: string | undefined) =>
        Effect.map(id === undefined ? programme.newId("besluit") : Effect.succeed(id), (value) =>
          DecisionId.make(value),
        )

      return handlers
        .handle("list", ({ urlParams }) =>
          Effect.gen(function* () {
            const page = yield* readOrUnavailable(
              readModels.query(itemOverview, {
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
            const idempotencyKey = yield* idempotencyKeyOf(person, headers["idempotency-key"])
            const itemId = ItemId.make(payload.id ?? (yield* programme.newId(idPrefixes[kind])))
            const result = yield* asProblem(
              programme.route(
                person,
                new DraftItem(
                  {
                    itemId,
                    kind,
                    draftingBody: BodyId.make(payload.opstellendOrgaan),
                    content: contentOf(payload),
                  },
                  checkedElsewhere,
                ),
                idempotencyKey === undefined ? {} : { idempotencyKey },
              ),
            )
            // A replay answers for the item the first request created.
            const created = result.duplicate ? (result.events[0]?.streamId.replace(/^item-/, "") ?? itemId) : itemId
            yield* withResponseHeader("location", `/v1/${resource}/${created}`)
            return yield* respondAfter(created, { item: routeDecider.initialState, version: 0 }, result)
          }),
        )
        .handle("get", ({ path }) => respond(path.id))
        .handle("edit", ({ path, payload, headers }) =>
          change(path.id, headers, (itemId) => new EditItem({ itemId, content: contentOf(payload) }, checkedElsewhere)),
        )
        .handle("submit", ({ path, headers }) => change(path.id, headers, (itemId) => new SubmitItem({ itemId })))
        .handle("decide", ({ path, payload, headers }) =>
          Effect.flatMap(newDecisionId(payload.id), (decisionId) =>
            change(
              path.id,
              headers,
              (itemId) =>
                new RecordDecision({
                  itemId,
                  decisionId,
                  body: BodyId.make(payload.orgaan),
                  outcome: payload.uitkomst,
                  ...meetingOf(payload),
                  ...(payload.ingangsdatum === undefined
                    ? {}
                    : { effectiveDate: CalendarDate.make(payload.ingangsdatum) }),
                  ...(payload.opmerkingen === undefined ? {} : { remarks: payload.opmerkingen }),
                }),
            ),
          ),
        )
        .handle("withdraw", ({ path, payload, headers }) =>
          change(path.id, headers, (itemId) => new WithdrawItem({ itemId, reason: payload.reden })),
        )
        .handle("revoke", ({ path, payload, headers }) =>
          Effect.flatMap(newDecisionId(payload.id), (decisionId) =>
            change(
              path.id,
              headers,
              (itemId) =>
                new RevokeDecision({
                  itemId,
                  decisionId,
                  revokes: DecisionId.make(payload.besluit),
                  body: BodyId.make(payload.orgaan),
                  ...meetingOf(payload),
                }),
            ),
          ),
        )
        .handle("allowedActions", ({ path }) =>
          Effect.gen(function* () {
            const { person } = yield* CurrentPerson
            yield* load(path.id)
            const actions = yield* readOrUnavailable(programme.allowedActions(person, path.id))
            return actions.map(toToegestaneActie)
          }),
        )
        .handle("history", ({ path }) =>
          Effect.gen(function* () {
            yield* load(path.id)
            const page = yield* readOrUnavailable(
              readModels.query(itemHistory, { where: { itemId: path.id }, limit: 500 }),
            )
            return page.rows.map((r) => toHistorieRegel(r.row))
          }),
        )
    }),
  )
