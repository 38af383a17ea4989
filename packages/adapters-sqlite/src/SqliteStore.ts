import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import { SqlClient } from "@effect/sql/SqlClient"
import type { SqlError } from "@effect/sql/SqlError"
import { type AnyReadModel, EventStore, EventStoreFailure, ReadModelStore } from "@weerbaar/core"
import { Context, Duration, Effect, Layer } from "effect"
import { SqliteStoreAdmin } from "./SqliteStoreAdmin.js"
import { NewerStoreSchema, NotAWeerbaarStore, type SqliteStoreOpenError, StoreUnavailable } from "./StoreErrors.js"
import { attempt } from "./internal/attempt.js"
import { makeEventLog } from "./internal/EventLog.js"
import { inspectStoreFile } from "./internal/inspectFile.js"
import { makeAdmin } from "./internal/makeAdmin.js"
import { makeReadModelQueries } from "./internal/ReadModelQueries.js"
import { makeReadModelTables } from "./internal/ReadModelTables.js"
import { currentSchemaVersion, migrate, weerbaarApplicationId } from "./internal/storeSchema.js"
import { makeSqlClientWriteTransaction, makeWriteTransaction } from "./internal/writeTransaction.js"
import { openConnection } from "./internal/Connection.js"

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

/**
 * Checks that the file is a weerbaar store of this or an older schema, and migrates it, on an
 * `@effect/sql` client closed before the store opens its own connection.
 */
const migrateFile = (filename: string, busyTimeout: number) =>
  Effect.scoped(
    Effect.gen(function* () {
      const sql = yield* SqliteClient.make({ filename }).pipe(Effect.provide(Reactivity.layer))
      yield* sql.unsafe(`PRAGMA busy_timeout = ${busyTimeout}`)
      yield* makeSqlClientWriteTransaction(
        sql,
        filename,
      )(
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
            return yield* new NewerStoreSchema({
              filename,
              fileVersion: identity.version,
              supportedVersion: currentSchemaVersion,
            })
          }
          yield* Effect.provideService(migrate, SqlClient, sql)
        }),
      )
    }),
  )

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
    const busyTimeout = Math.round(Duration.toMillis(Duration.decode(options.busyTimeout ?? "5 seconds")))
    yield* migrateFile(filename, busyTimeout).pipe(
      Effect.catchTags({
        SqlError: (e: SqlError) => Effect.fail(unavailable("open")(e.cause ?? e)),
        MigrationError: (e) => Effect.fail(unavailable("migrate")(e.message)),
      }),
      Effect.catchAllDefect((defect) => Effect.fail(unavailable("open")(defect))),
    )

    const connection = yield* openConnection(filename, busyTimeout).pipe(
      Effect.mapError((e) => unavailable("open")(e.cause ?? e)),
    )
    const readModels = makeReadModelTables(connection, models)
    const write = makeWriteTransaction(connection, filename, readModels.forget)
    const log = makeEventLog(connection, filename, readModels)
    const catchUpFromScratch = (fresh: ReadonlySet<string>) =>
      readModels.catchUp(log.readPageNow, log.headNow().position, fresh)

    yield* write(attempt(() => catchUpFromScratch(readModels.register()))).pipe(
      Effect.catchTags({
        SqlError: (e: SqlError) => Effect.fail(unavailable("open")(e.cause ?? e)),
        EventStoreFailure: (e) => Effect.fail(unavailable("open")(e.message)),
      }),
    )

    const ensureCurrent = Effect.gen(function* () {
      if (models.length === 0) return
      if (!(yield* attempt(() => readModels.isBehind(log.headNow().position)))) return
      yield* write(attempt(() => readModels.catchUp(log.readPageNow, log.headNow().position)))
    }).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(log.sqlFailure("catch up")(e))))

    const rebuild = write(attempt(() => catchUpFromScratch(readModels.clear()))).pipe(
      Effect.catchTag("SqlError", (e) => Effect.fail(log.sqlFailure("rebuild")(e))),
    )

    const queries = makeReadModelQueries(connection, models, ensureCurrent)
    const admin = makeAdmin({
      connection,
      filename,
      write,
      readPage: log.readPage,
      readPageNow: log.readPageNow,
      readModels,
    })
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
