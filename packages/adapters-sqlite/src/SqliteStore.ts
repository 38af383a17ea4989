import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import { SqlClient } from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { type AnyReadModel, EventStore, EventStoreFailure, ReadModelStore } from "@weerbaar/core"
import { Context, Duration, Effect, Layer } from "effect"
import { SqliteStoreAdmin } from "./SqliteStoreAdmin.js"
import { NotAWeerbaarStore, type SqliteStoreOpenError, StoreUnavailable } from "./StoreErrors.js"
import { makeEventLog } from "./internal/EventLog.js"
import { inspectStoreFile } from "./internal/inspectFile.js"
import { makeAdmin } from "./internal/makeAdmin.js"
import { makeReadModelQueries } from "./internal/ReadModelQueries.js"
import { makeReadModelTables } from "./internal/ReadModelTables.js"
import { currentSchemaVersion, migrate, weerbaarApplicationId } from "./internal/storeSchema.js"
import { makeWriteTransaction } from "./internal/writeTransaction.js"

/**
 * How to open a store.
 * @category store
 */
export interface SqliteStoreOptions {
  /** The SQLite file; created when missing. */
  readonly filename: string
  /** The read models to keep in the file, updated in the transaction of every append. */
  readonly readModels?: ReadonlyArray<AnyReadModel>
  /** How long a writer waits for another process's write to finish before it fails. Default 5 seconds. */
  readonly busyTimeout?: Duration.DurationInput
}

const open = (options: SqliteStoreOptions) =>
  Effect.gen(function* () {
    const { filename } = options
    const models = options.readModels ?? []
    const unavailable = (operation: string) => (cause: unknown) =>
      new StoreUnavailable({ filename, operation, reason: cause instanceof Error ? cause.message : String(cause) })
    const names = models.map((m) => m.name)
    const twice = names.find((name, i) => names.indexOf(name) !== i)
    if (twice !== undefined) {
      return yield* unavailable("open")(`read model '${twice}' is given twice`)
    }

    yield* inspectStoreFile(filename)
    const sql = yield* SqliteClient.make({ filename }).pipe(
      Effect.provide(Reactivity.layer),
      Effect.catchAllDefect((defect) => Effect.fail(unavailable("open")(defect))),
    )
    const busyTimeout = Math.round(Duration.toMillis(Duration.decode(options.busyTimeout ?? "5 seconds")))
    const settings = [`busy_timeout = ${busyTimeout}`, "foreign_keys = ON", "synchronous = FULL"]
    for (const setting of settings) {
      yield* sql.unsafe(`PRAGMA ${setting}`).pipe(Effect.mapError((e) => unavailable("configure")(e.cause ?? e)))
    }

    const write = makeWriteTransaction(sql, filename)
    const readModels = makeReadModelTables(sql, models)
    const log = makeEventLog(sql, write, readModels)

    yield* write(
      Effect.gen(function* () {
        // Checked again under the write lock: another process may have changed the file meanwhile.
        const [identity] = yield* sql.unsafe<{ app: number; version: number; objects: number }>(
          "SELECT (SELECT application_id FROM pragma_application_id) AS app, (SELECT user_version FROM pragma_user_version) AS version, (SELECT count(*) FROM sqlite_schema) AS objects",
        )
        if (
          identity !== undefined &&
          identity.app !== weerbaarApplicationId &&
          (identity.app !== 0 || identity.objects > 0)
        ) {
          return yield* new NotAWeerbaarStore({ filename, reason: "a SQLite database of another application" })
        }
        if (identity !== undefined && identity.version > currentSchemaVersion) {
          return yield* unavailable("open")(
            `store schema version ${identity.version} is newer than ${currentSchemaVersion}`,
          )
        }
        yield* Effect.provideService(migrate, SqlClient, sql)
        const fresh = yield* readModels.register
        const head = yield* log.head
        yield* readModels.catchUp(log.readPage, head.position, fresh)
      }),
    ).pipe(
      Effect.catchTags({
        SqlError: (e: SqlError) => Effect.fail(unavailable("open")(e.cause ?? e)),
        MigrationError: (e) => Effect.fail(unavailable("migrate")(e.message)),
        EventStoreFailure: (e) => Effect.fail(unavailable("open")(e.message)),
      }),
      Effect.catchAllDefect((defect) => Effect.fail(unavailable("open")(defect))),
    )

    const ensureCurrent = Effect.gen(function* () {
      if (models.length === 0) return
      const head = yield* log.head
      if (!(yield* readModels.isBehind(head.position))) return
      yield* write(Effect.flatMap(log.head, (latest) => readModels.catchUp(log.readPage, latest.position)))
    }).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(log.sqlFailure("catch up")(e))))

    const rebuild = write(
      Effect.gen(function* () {
        const fresh = yield* readModels.clear
        const head = yield* log.head
        yield* readModels.catchUp(log.readPage, head.position, fresh)
      }),
    ).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(log.sqlFailure("rebuild")(e))))

    const queries = makeReadModelQueries(sql, models, ensureCurrent)
    const admin = makeAdmin({ sql, filename, write, readPage: log.readPage, readModels })
    return Context.make(EventStore, log.store).pipe(
      Context.add(ReadModelStore, { ...queries, rebuild }),
      Context.add(SqliteStoreAdmin, admin),
    )
  })

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
  ): Layer.Layer<EventStore | ReadModelStore | SqliteStoreAdmin, SqliteStoreOpenError> =>
    Layer.scopedContext(open(options)),
}

/** The version of the file layout this release reads and writes (`PRAGMA user_version`). @category store */
export const storeSchemaVersion: number = currentSchemaVersion

/** The `PRAGMA application_id` that marks a SQLite file as a weerbaar store. @category store */
export const storeApplicationId: number = weerbaarApplicationId

export { EventStoreFailure }
