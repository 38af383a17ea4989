import { Store } from "@weerbaar/core"

/** A projection that cannot go on: a damaged stored row, or a row that is not JSON. */
export const projectionFailure = (reason: string) => new Store.EventStoreFailure({ operation: "project", reason })

/** A projection that cannot go on because `model` threw on `event`. */
export const modelFailure = (model: Store.AnyReadModel, event: Store.StoredEvent, cause: unknown) =>
  projectionFailure(
    `read model '${model.name}' failed on event ${event.position} (${event.type}): ${cause instanceof Error ? cause.message : String(cause)}`,
  )
