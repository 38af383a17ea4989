import * as Reactivity from "@effect/experimental/Reactivity"
import * as SqliteClient from "@effect/sql-sqlite-node/SqliteClient"
import { SqlClient } from "@effect/sql/SqlClient"
import { Effect } from "effect"
import { NewerStoreSchema, NotAWeerbaarStore } from "../StoreErrors.js"
import { currentSchemaVersion, migrate, weerbaarApplicationId } from "./storeSchema.js"
import { makeSqlClientWriteTransaction } from "./writeTransaction.js"

/**
 * Checks that the file is a weerbaar store of this or an older schema, and migrates it, on an
 * `@effect/sql` client closed before the store opens its own connection.
 */
export const migrateFile = (filename: string, busyTimeout: number) =>
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
