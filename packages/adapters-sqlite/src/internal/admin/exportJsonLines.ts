import * as fs from "node:fs"
import type { SqlError } from "@effect/sql/SqlError"
import { Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { StoreUnavailable } from "../../StoreErrors.js"
import { eventLineOf } from "../jsonLines.js"
import { refuseExisting, unavailable } from "./files.js"

/** Writes the whole event log to a new JSON Lines file, a page at a time; returns the number of events. */
export const exportJsonLines = (
  readPage: (
    after: number,
    limit: number,
  ) => Effect.Effect<ReadonlyArray<Store.StoredEvent>, Store.EventStoreFailure | SqlError>,
  destination: string,
): Effect.Effect<number, StoreUnavailable | Store.EventStoreFailure> =>
  Effect.gen(function* () {
    yield* refuseExisting(destination, "export to")
    const fd = yield* Effect.try({
      try: () => fs.openSync(destination, "wx"),
      catch: unavailable(destination, "export to"),
    })
    return yield* Effect.gen(function* () {
      let after = 0
      let written = 0
      while (true) {
        const page = yield* readPage(after, 2000).pipe(
          Effect.catchTag("SqlError", (e) =>
            Effect.fail(new Store.EventStoreFailure({ operation: "export", reason: e.message })),
          ),
        )
        if (page.length === 0) break
        yield* Effect.try({
          try: () => fs.writeSync(fd, page.map(eventLineOf).join("")),
          catch: unavailable(destination, "export to"),
        })
        written += page.length
        after = page.at(-1)!.position
      }
      yield* Effect.try({ try: () => fs.fsyncSync(fd), catch: unavailable(destination, "export to") })
      return written
    }).pipe(Effect.ensuring(Effect.sync(() => fs.closeSync(fd))))
  })
