import type { SqlError } from "@effect/sql/SqlError"
import type { Store } from "@weerbaar/core"
import type { Effect } from "effect"
import type { SqliteStoreAdminShape } from "../SqliteStoreAdmin.js"
import { backup } from "./admin/backup.js"
import { exportJsonLines } from "./admin/exportJsonLines.js"
import { importJsonLines } from "./admin/importJsonLines.js"
import type { Connection } from "./Connection.js"
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
}): SqliteStoreAdminShape => ({
  filename: options.filename,
  backup: (destination) => backup(options.connection, destination),
  exportJsonLines: (destination) => exportJsonLines(options.readPage, destination),
  importJsonLines: (source) => importJsonLines(options, source),
})
