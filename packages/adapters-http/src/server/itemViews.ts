import { type Governance, type Programme, Route, type Store } from "@weerbaar/core"
import { Effect, Option } from "effect"
import type { ResourceNotFound, ServiceUnavailable } from "../api/Problem.js"
import type { Stuk as StukResource } from "../api/resources.js"
import { itemResources } from "../api/groups/items.js"
import { readOrUnavailable } from "./execution.js"
import { notFound } from "./problems.js"
import { toStuk } from "./representations.js"
import { stateAtVersion } from "./streams.js"

/** An item as the API shows it, with the stream version its ETag names. */
export interface ShownItem {
  readonly stuk: StukResource
  readonly version: number
}

/** The problems of showing an item. */
export type ItemViewProblem = ResourceNotFound | ServiceUnavailable

/**
 * How items of one kind are found and shown: 404 for none or another kind, the item as
 * `Programme.item` gives it, and the item a command left.
 */
export const makeItemViews = (
  programme: typeof Programme.Programme.Service,
  runtime: typeof Programme.ProgrammeRuntime.Service,
  readModels: typeof Store.ReadModelStore.Service,
  kind: Governance.ItemKind,
) => {
  const resource = itemResources[kind]
  const missing = (itemId: string) => notFound(`${resource}/${itemId}`)

  /** That the item exists and is of this kind, from the item overview: 404 otherwise. */
  const exists = (itemId: string): Effect.Effect<void, ItemViewProblem> =>
    Effect.flatMap(readOrUnavailable(readModels.get(Route.itemOverview, itemId)), (row) =>
      Option.isSome(row) && row.value.kind === kind ? Effect.void : Effect.fail(missing(itemId)),
    )

  /** The item if it is one of this kind, shown at its version: 404 otherwise. */
  const shown = (
    itemId: string,
    item: Route.ItemState,
    version: number,
    decidedOn?: Governance.GovernanceModel,
  ): Effect.Effect<ShownItem, ItemViewProblem> => {
    if (!item.exists || item.kind !== kind) return Effect.fail(missing(itemId))
    return decidedOn === undefined
      ? Effect.map(readOrUnavailable(runtime.model), (model) => ({ stuk: toStuk(item, model), version }))
      : Effect.succeed({ stuk: toStuk(item, decidedOn), version })
  }

  /** The item as it is now. */
  const view = (itemId: string): Effect.Effect<ShownItem, ItemViewProblem> =>
    Effect.flatMap(readOrUnavailable(programme.item(Route.ItemId.make(itemId))), (item) =>
      shown(itemId, item, item.streamVersion),
    )

  /**
   * The item after a command: the state the command left, shown with the model it was decided on;
   * for the replay of an idempotent request, as the first request left it.
   */
  const viewAfter = (
    itemId: string,
    result: Programme.Executed<Route.ItemState>,
  ): Effect.Effect<ShownItem, ItemViewProblem> =>
    result.duplicate
      ? Effect.flatMap(
          stateAtVersion(
            runtime,
            Route.itemStreamId(itemId),
            Route.routeDecider,
            Route.routeEventCodec,
            result.streamVersion,
          ),
          ({ state, version }) => shown(itemId, state, version),
        )
      : shown(itemId, result.state, result.streamVersion, result.model)

  return { resource, exists, view, viewAfter }
}

/** The item a draft created: its own id, or for a replay the one the first request created. */
export const createdBy = (result: Programme.Executed, itemId: string): string =>
  result.duplicate ? (result.events[0]?.streamId.replace(/^item-/, "") ?? itemId) : itemId
