import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import type { Checkpoints } from "./checkpoints.js"
import { flushRows } from "./flushRows.js"
import { projectEvents } from "./projectEvents.js"
import type { RowCache } from "./rowCache.js"

/** Projects newly appended events, which directly follow `previousHead`, into every kept model. */
export const projectAppended = (
  sql: Connection,
  models: ReadonlyArray<Store.AnyReadModel>,
  checkpoints: Checkpoints,
  events: ReadonlyArray<Store.StoredEvent>,
  previousHead: number,
) => {
  if (models.length === 0 || events.length === 0) return
  const cache: RowCache = new Map()
  projectEvents(
    sql,
    models.map((model) => [model, events] as const),
    cache,
    new Set(),
  )
  flushRows(sql, models, cache)
  const head = previousHead + events.length
  const known = checkpoints.state
  if (known.knownCurrentAt === previousHead) known.knownCurrentAt = head
  // Last, so that an append that failed before here left the checkpoint as it was.
  known.unsettled = head
}
