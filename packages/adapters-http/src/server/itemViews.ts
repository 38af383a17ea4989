import {
  type Executed,
  fold,
  type GovernanceModel,
  type Item,
  type ItemKind,
  type ItemState,
  itemStreamId,
  type ProgrammeRuntime,
  type RouteEvent,
  routeDecider,
  routeEventCodec,
} from "@weerbaar/core"
import { Effect, Either } from "effect"
import type { ResourceNotFound, ServiceUnavailable } from "../api/Problem.js"
import type { Stuk as StukResource } from "../api/resources.js"
import { itemResources } from "../api/WeerbaarApi.js"
import { readOrUnavailable } from "./execution.js"
import { notFound, unavailable } from "./problems.js"
import { toStuk } from "./representations.js"

/** An item as the API shows it, with the stream version its ETag names. */
export interface ItemView {
  readonly stuk: StukResource
  readonly version: number
}

/** An item's state as loaded, with the version of its stream. */
export interface LoadedItem {
  readonly item: ItemState
  readonly version: number
}

/** The problems of showing an item. */
export type ItemViewProblem = ResourceNotFound | ServiceUnavailable

/**
 * How items of one kind are read and shown: loading (404 for another kind or none), the
 * representation, and the item after a command. Shared by the HttpApi handlers and the command lane.
 */
export const makeItemViews = (runtime: typeof ProgrammeRuntime.Service, kind: ItemKind) => {
  const resource = itemResources[kind]

  /** The item's state, at a stream version when given (the response of an idempotent replay). */
  const load = (itemId: string, atVersion?: number): Effect.Effect<LoadedItem, ItemViewProblem> =>
    Effect.flatMap(
      readOrUnavailable(runtime.store.readStream(itemStreamId(itemId))),
      (events): Effect.Effect<LoadedItem, ItemViewProblem> => {
        const upTo = atVersion === undefined ? events : events.filter((e) => e.version <= atVersion)
        const decoded: Array<RouteEvent> = []
        for (const stored of upTo) {
          const event = routeEventCodec.fromStored(stored)
          if (Either.isLeft(event)) return Effect.fail(unavailable(event.left.message))
          decoded.push(event.right)
        }
        const state: ItemState = fold(routeDecider, decoded)
        if (!state.exists || state.kind !== kind) return Effect.fail(notFound(`${resource}/${itemId}`))
        return Effect.succeed({ item: state, version: upTo.at(-1)?.version ?? 0 })
      },
    )

  const represent = (
    item: Item,
    version: number,
    decidedOn?: GovernanceModel,
  ): Effect.Effect<ItemView, ServiceUnavailable> =>
    decidedOn === undefined
      ? Effect.map(readOrUnavailable(runtime.model), (model) => ({ stuk: toStuk(item, model), version }))
      : Effect.succeed({ stuk: toStuk(item, decidedOn), version })

  /** The item as it is now, or at a version. */
  const view = (itemId: string, atVersion?: number): Effect.Effect<ItemView, ItemViewProblem> =>
    Effect.flatMap(
      load(itemId, atVersion),
      ({ item, version }): Effect.Effect<ItemView, ItemViewProblem> =>
        item.exists ? represent(item, version) : Effect.fail(notFound(`${resource}/${itemId}`)),
    )

  /**
   * The item after a command: the state it was decided on with the command's own events applied,
   * without reading the stream again; read when it is a replay or another writer came between.
   */
  const viewAfter = (
    itemId: string,
    before: LoadedItem,
    result: Executed,
  ): Effect.Effect<ItemView, ItemViewProblem> => {
    const own = result.events.filter((e) => e.streamId === itemStreamId(itemId))
    if (result.duplicate || before.version + own.length !== result.streamVersion) {
      return view(itemId, result.duplicate ? result.streamVersion : undefined)
    }
    let item = before.item
    for (const stored of own) {
      const event = routeEventCodec.fromStored(stored)
      if (Either.isLeft(event)) return Effect.fail(unavailable(event.left.message))
      item = routeDecider.evolve(item, event.right)
    }
    // Shown with the model the command was decided on: the store held it in force.
    return item.exists ? represent(item, result.streamVersion, result.model) : view(itemId)
  }

  return { resource, load, view, viewAfter }
}

/** The state a new item is drafted on. */
export const newItem: LoadedItem = { item: routeDecider.initialState, version: 0 }

/** The item a draft created: its own id, or for a replay the one the first request created. */
export const createdBy = (result: Executed, itemId: string): string =>
  result.duplicate ? (result.events[0]?.streamId.replace(/^item-/, "") ?? itemId) : itemId
