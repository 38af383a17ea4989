import { Context, type Effect } from "effect"
import type { Store } from "@weerbaar/core"
import type { ImportRefused, StoreUnavailable } from "./StoreErrors.js"

/**
 * Maintenance of a SQLite store: online backup, and export / import of the whole event log as
 * JSON Lines (one canonical JSON event per line, hashes included).
 * @category services
 */
export interface SqliteStoreAdminShape {
  /** The store's file. */
  readonly filename: string
  /** Copies the open store, while it is in use, to a new file (never over an existing one). */
  readonly backup: (destination: string) => Effect.Effect<void, StoreUnavailable>
  /** Writes the whole event log to a new JSON Lines file; returns the number of events written. */
  readonly exportJsonLines: (destination: string) => Effect.Effect<number, StoreUnavailable | Store.EventStoreFailure>
  /**
   * Imports a JSON Lines event log into this store, which must be empty. Every line is checked
   * against the hash chain first: one mismatch refuses the whole file, and nothing is imported.
   * Returns the number of events imported; the read models are projected in the same transaction.
   */
  readonly importJsonLines: (
    source: string,
  ) => Effect.Effect<number, ImportRefused | StoreUnavailable | Store.EventStoreFailure>
}

/**
 * The maintenance service of a store opened with `SqliteStore.layer`.
 *
 * @example
 * ```ts
 * const program = Effect.gen(function* () {
 *   const admin = yield* SqliteStoreAdmin
 *   yield* admin.backup("/backups/weerbaar-2024-05-01.sqlite")
 * })
 * ```
 * @category services
 */
export class SqliteStoreAdmin extends Context.Tag("@weerbaar/adapters-sqlite/SqliteStoreAdmin")<
  SqliteStoreAdmin,
  SqliteStoreAdminShape
>() {}
