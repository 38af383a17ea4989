import type { SqlError } from "@effect/sql/SqlError"
import { Store } from "@weerbaar/core"
import { Context, Duration, Effect } from "effect"
import type { SqliteStoreOptions } from "../SqliteStore.js"
import { SqliteStoreAdmin } from "../SqliteStoreAdmin.js"
import { StoreUnavailable } from "../StoreErrors.js"
import { attempt } from "./attempt.js"
import { signingKeyOf } from "./checkpoints/keys.js"
import { defaultCheckpointEvery, makeSigner } from "./checkpoints/makeSigner.js"
import { openConnection } from "./Connection.js"
import { type SyncFile, syncCommitsInThreadPool } from "./durableCommits.js"
import { makeEventLog } from "./EventLog.js"
import { inspectStoreFile } from "./inspectFile.js"
import { makeAdmin } from "./makeAdmin.js"
import { migrateFile } from "./migrateFile.js"
import { makeReadModelQueries } from "./ReadModelQueries.js"
import { makeReadModelTables } from "./ReadModelTables.js"
import { makeWriteTransaction } from "./writeTransaction.js"

/**
 * Opens the store on `options.filename` in the current scope; `syncFile` flushes the WAL after a
 * commit (replaced in tests, to hold or fail a sync).
 */
export const openStore = (options: SqliteStoreOptions, syncFile?: SyncFile) =>
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

    const every = options.checkpointEvery ?? defaultCheckpointEvery
    if (!Number.isSafeInteger(every) || every < 1) {
      return yield* unavailable("open")(`checkpointEvery must be a whole number of at least 1, not ${every}`)
    }
    const signingKey =
      options.signingKey === undefined
        ? undefined
        : yield* Effect.try({ try: () => signingKeyOf(options.signingKey!), catch: unavailable("open") })

    yield* inspectStoreFile(filename)
    const busyTimeout = Math.round(Duration.toMillis(Duration.decode(options.busyTimeout ?? "5 seconds")))
    yield* migrateFile(filename, busyTimeout).pipe(
      Effect.catchTags({
        SqlError: (e: SqlError) => Effect.fail(unavailable("open")(e.cause ?? e)),
        MigrationError: (e) => Effect.fail(unavailable("migrate")(e.message)),
        EventStoreFailure: (e) => Effect.fail(unavailable("migrate")(e.message)),
      }),
      Effect.catchAllDefect((defect) => Effect.fail(unavailable("open")(defect))),
    )

    const connection = yield* openConnection(filename, busyTimeout).pipe(
      Effect.mapError((e) => unavailable("open")(e.cause ?? e)),
    )
    const durable = yield* syncCommitsInThreadPool(connection, filename, syncFile)
    const readModels = makeReadModelTables(connection, models)
    const write = makeWriteTransaction(connection, filename, readModels.forget, durable)
    const signer = signingKey === undefined ? undefined : makeSigner(connection, signingKey, every)
    const log = makeEventLog(connection, filename, readModels, durable, signer)
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

    const queries = makeReadModelQueries(connection, models, ensureCurrent, durable.settled)
    const admin = makeAdmin({
      connection,
      filename,
      write,
      readPage: log.readPage,
      readPageNow: log.readPageNow,
      readModels,
      signingKey,
    })
    return Context.make(Store.EventStore, log.store).pipe(
      Context.add(Store.ReadModelStore, { ...queries, rebuild }),
      Context.add(SqliteStoreAdmin, admin),
    )
  })
