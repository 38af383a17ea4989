import type { Store } from "@weerbaar/core"
import { type Duration, Layer } from "effect"
import type { CheckpointKey } from "./SignedCheckpoint.js"
import type { SqliteStoreAdmin } from "./SqliteStoreAdmin.js"
import type { SqliteStoreOpenError } from "./StoreErrors.js"
import { openStore } from "./internal/openStore.js"
import { currentSchemaVersion, weerbaarApplicationId } from "./internal/storeSchema.js"

/**
 * How to open a store.
 * @category store
 */
export interface SqliteStoreOptions {
  /** The SQLite file; created when missing. */
  readonly filename: string
  /** The read models to keep in the file, updated in the transaction of every append. */
  readonly readModels?: ReadonlyArray<Store.AnyReadModel>
  /** How long a writer waits for another process's write to finish before it fails. Default 5 seconds. */
  readonly busyTimeout?: Duration.DurationInput
  /**
   * The operator's Ed25519 private key (PEM or `KeyObject`). With it the store signs its head
   * (position and hash) after every append that records a decision (`DecisionRecorded`, of any
   * body), at the first append without a checkpoint, and at least every `checkpointEvery` events.
   * Only the signatures are stored, never the key.
   */
  readonly signingKey?: CheckpointKey
  /** Signs the head at least this many events apart. Default 1000. */
  readonly checkpointEvery?: number
}

/**
 * A durable, tamper-evident event store and its read models in one SQLite file.
 *
 * @example
 * ```ts
 * import { EventStore, ReadModelStore } from "@weerbaar/core"
 * import { SqliteStore } from "@weerbaar/adapters-sqlite"
 *
 * const program = Effect.gen(function* () {
 *   const store = yield* EventStore
 *   yield* store.append([{ streamId: "item-1", expectedVersion: 0, events: [opened] }], { actor: "secretaris-dvo" })
 *   return yield* (yield* ReadModelStore).query(decisionRegister, { where: { status: "accorded" } })
 * })
 * program.pipe(Effect.provide(SqliteStore.layer({ filename: "weerbaar.sqlite", readModels: [decisionRegister] })))
 * ```
 * @category store
 */
export const SqliteStore = {
  /**
   * Opens (or creates) the store: refuses a file that is not a weerbaar store or has a newer
   * schema, leaving it unchanged; migrates an older one; rebuilds read models that are new or
   * whose `version` changed and catches up those behind the log. Closes the file with the scope.
   */
  layer: (
    options: SqliteStoreOptions,
  ): Layer.Layer<Store.EventStore | Store.ReadModelStore | SqliteStoreAdmin, SqliteStoreOpenError> =>
    Layer.scopedContext(openStore(options)),
}

/** The version of the file layout this release reads and writes (`PRAGMA user_version`). @category store */
export const storeSchemaVersion: number = currentSchemaVersion

/** The `PRAGMA application_id` that marks a SQLite file as a weerbaar store. @category store */
export const storeApplicationId: number = weerbaarApplicationId
