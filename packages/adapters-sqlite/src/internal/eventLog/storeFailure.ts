import type { SqlError } from "@effect/sql/SqlError"
import { Store } from "@weerbaar/core"

/** The store's failure for a driver error: a clear reason for a lock held too long. */
export const driverFailure = (operation: string, cause: unknown): Store.EventStoreFailure => {
  const error = cause as { code?: unknown; message?: unknown } | undefined
  const reason =
    error?.code === "SQLITE_BUSY"
      ? "the store stayed locked by another writer longer than the busy timeout"
      : String(error?.message ?? cause)
  return new Store.EventStoreFailure({ operation, reason })
}

/** The store's failure for an `SqlError` of `operation`, with the driver's error as its reason. */
export const sqlFailure =
  (operation: string) =>
  (error: SqlError): Store.EventStoreFailure =>
    driverFailure(operation, error.cause ?? error)
