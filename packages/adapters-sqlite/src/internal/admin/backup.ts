import { Effect } from "effect"
import type { StoreUnavailable } from "../../StoreErrors.js"
import type { Connection } from "../Connection.js"
import { refuseExisting, unavailable } from "./files.js"

/** Copies the open store, while it is in use, to a new file. */
export const backup = (sql: Connection, destination: string): Effect.Effect<void, StoreUnavailable> =>
  Effect.zipRight(
    refuseExisting(destination, "back up to"),
    sql.backup(destination).pipe(Effect.mapError((e) => unavailable(destination, "back up to")(e.cause))),
  ).pipe(Effect.asVoid)
