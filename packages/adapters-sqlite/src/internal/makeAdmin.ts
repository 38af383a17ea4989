import type { SqlError } from "@effect/sql/SqlError"
import type { Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { SqliteStoreAdminShape } from "../SqliteStoreAdmin.js"
import { backup } from "./admin/backup.js"
import { exportJsonLines } from "./admin/exportJsonLines.js"
import { importJsonLines } from "./admin/importJsonLines.js"
import { signCurrentHead } from "./admin/signCurrentHead.js"
import { verifyStore } from "./admin/verifyStore.js"
import { attempt } from "./attempt.js"
import type { LoadedKey } from "./checkpoints/keys.js"
import { readCheckpoints } from "./checkpoints/readCheckpoints.js"
import type { Connection } from "./Connection.js"
import { sqlFailure } from "./eventLog/storeFailure.js"
import type { ReadPage } from "./readModels/catchUp.js"
import type { ReadModelTables } from "./ReadModelTables.js"
import type { WriteTransaction } from "./writeTransaction.js"

/** The store's maintenance service: each operation in its own file under `admin/`. */
export const makeAdmin = (options: {
  readonly connection: Connection
  readonly filename: string
  readonly write: WriteTransaction
  readonly readPage: (
    after: number,
    limit: number,
  ) => Effect.Effect<ReadonlyArray<Store.StoredEvent>, Store.EventStoreFailure | SqlError>
  readonly readPageNow: ReadPage
  readonly readModels: ReadModelTables
  readonly signingKey: LoadedKey | undefined
}): SqliteStoreAdminShape => ({
  filename: options.filename,
  backup: (destination) => backup(options.connection, destination),
  exportJsonLines: (destination) => exportJsonLines(options.readPage, destination),
  importJsonLines: (source) => importJsonLines(options, source),
  verifyStore: (verifyOptions = {}) => verifyStore({ ...options, models: options.readModels.models }, verifyOptions),
  checkpoints: attempt(() => readCheckpoints(options.connection)).pipe(
    Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("read the checkpoints")(e))),
  ),
  signHead: signCurrentHead(options.connection, options.write, options.signingKey),
})
