import { Context, type Effect } from "effect"
import type { Store } from "@weerbaar/core"
import type { SignedCheckpoint } from "./SignedCheckpoint.js"
import type { ImportRefused, StoreUnavailable } from "./StoreErrors.js"
import type { StoreVerification, VerifyStoreOptions } from "./StoreVerification.js"

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
   * Returns the number of events imported; the read models are projected in the same transaction,
   * and a store opened with a `signingKey` signs the imported head in it too (an export carries no
   * signed checkpoints).
   */
  readonly importJsonLines: (
    source: string,
  ) => Effect.Effect<number, ImportRefused | StoreUnavailable | Store.EventStoreFailure>
  /**
   * Checks everything the store can check of itself, holding the write lock meanwhile: the hash
   * chain, `PRAGMA integrity_check`, read-model checkpoints beyond the log's end, every signed
   * checkpoint against `publicKeys`, the `expect`ed heads, and (on an intact chain) every read
   * model's rows against a rebuild in memory. Fails only when the store cannot be read.
   */
  readonly verifyStore: (options?: VerifyStoreOptions) => Effect.Effect<StoreVerification, Store.EventStoreFailure>
  /** Every signed checkpoint, in order of position. */
  readonly checkpoints: Effect.Effect<ReadonlyArray<SignedCheckpoint>, Store.EventStoreFailure>
  /**
   * Signs the current head with the store's `signingKey` now, after checking the chain; fails
   * without a key, on an empty log or a broken chain.
   */
  readonly signHead: Effect.Effect<SignedCheckpoint, Store.EventStoreFailure>
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
