import type { StoreFinding } from "../../StoreVerification.js"
import type { Connection } from "../Connection.js"

/** SQLite's own check of the file's structure (`PRAGMA integrity_check`): pages, indexes, constraints. */
export const integrityCheck = (sql: Connection): ReadonlyArray<StoreFinding> =>
  sql
    .all<{ integrity_check: string }>("PRAGMA integrity_check")
    .filter((row) => row.integrity_check !== "ok")
    .map((row) => ({ kind: "integrity", message: `PRAGMA integrity_check: ${row.integrity_check}` }))
