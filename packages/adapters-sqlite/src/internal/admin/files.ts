import * as fs from "node:fs"
import { Effect } from "effect"
import { StoreUnavailable } from "../../StoreErrors.js"

/** The failure to `operation` a file other than the store's, for the reason `cause` gives. */
export const unavailable = (filename: string, operation: string) => (cause: unknown) =>
  new StoreUnavailable({ filename, operation, reason: cause instanceof Error ? cause.message : String(cause) })

/** Refuses a destination that exists: maintenance never writes over a file. */
export const refuseExisting = (destination: string, operation: string) =>
  fs.existsSync(destination)
    ? Effect.fail(
        new StoreUnavailable({ filename: destination, operation, reason: "the file exists; choose a new file" }),
      )
    : Effect.void
