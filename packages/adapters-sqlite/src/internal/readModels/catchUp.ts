import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import type { Checkpoints } from "./checkpoints.js"
import { flushRows } from "./flushRows.js"
import { projectEvents } from "./projectEvents.js"
import type { RowCache } from "./rowCache.js"

/** Reads a page of the log: the events after a position, at most `limit`. */
export type ReadPage = (after: number, limit: number) => ReadonlyArray<Store.StoredEvent>

/**
 * Catching up: projects the log after each model's checkpoint, a page at a time, up to `head`.
 * `fresh` names the models that have no rows yet.
 */
export const makeCatchUp =
  (sql: Connection, models: ReadonlyArray<Store.AnyReadModel>, checkpoints: Checkpoints) =>
  (readPage: ReadPage, head: number, fresh: ReadonlySet<string> = new Set()) => {
    const known = checkpoints.state
    if (known.knownCurrentAt === head && fresh.size === 0) return
    known.knownCurrentAt = undefined
    const state = checkpoints.read()
    const behind = models.filter((m) => (state.get(m.name)?.checkpoint ?? 0) < head)
    if (behind.length > 0) {
      const cache: RowCache = new Map()
      let after = Math.min(...behind.map((m) => state.get(m.name)?.checkpoint ?? 0))
      while (after < head) {
        const page = readPage(after, 2000)
        if (page.length === 0) break
        const work = behind.flatMap((model) => {
          const from = state.get(model.name)?.checkpoint ?? 0
          const events = page.filter((e) => e.position > from && e.position <= head)
          return events.length > 0 ? [[model, events] as const] : []
        })
        projectEvents(sql, work, cache, fresh)
        after = page.at(-1)!.position
      }
      flushRows(sql, models, cache)
      checkpoints.write(
        behind.map((m) => m.name),
        head,
      )
    }
    if (models.every((m) => (state.get(m.name)?.checkpoint ?? 0) <= head)) known.knownCurrentAt = head
  }
