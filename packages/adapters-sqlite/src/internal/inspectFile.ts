import * as fs from "node:fs"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { NewerStoreSchema, NotAWeerbaarStore, StoreUnavailable } from "../StoreErrors.js"
import { currentSchemaVersion, weerbaarApplicationId } from "./storeSchema.js"

interface Header {
  readonly applicationId: number
  readonly userVersion: number
  readonly pageCount: number
  readonly walMode: boolean
}

const sqliteMagic = Buffer.from("SQLite format 3\0", "latin1")

const readHeader = (filename: string): Header | "missing" | "empty" | "not-sqlite" => {
  if (!fs.existsSync(filename)) return "missing"
  const bytes = Buffer.alloc(100)
  const fd = fs.openSync(filename, "r")
  try {
    const read = fs.readSync(fd, bytes, 0, 100, 0)
    if (read === 0) return "empty"
    if (read < 100 || !bytes.subarray(0, 16).equals(sqliteMagic)) return "not-sqlite"
  } finally {
    fs.closeSync(fd)
  }
  return {
    userVersion: bytes.readInt32BE(60),
    applicationId: bytes.readInt32BE(68),
    pageCount: bytes.readUInt32BE(28),
    walMode: bytes[18] === 2 && bytes[19] === 2,
  }
}

// A write-ahead log that was not checkpointed (a crash) may hold newer values than the header:
// then read them through SQLite, read-only. Otherwise the header is the truth, and reading it
// with plain file I/O leaves no trace, not even a -shm file.
const readThroughSqlite = (filename: string, header: Header): Header => {
  const db = new Database(filename, { readonly: true, fileMustExist: true })
  try {
    const objects = db.prepare("SELECT count(*) AS n FROM sqlite_schema").get() as { n: number }
    return {
      ...header,
      applicationId: db.pragma("application_id", { simple: true }) as number,
      userVersion: db.pragma("user_version", { simple: true }) as number,
      pageCount: objects.n === 0 ? 1 : Math.max(2, header.pageCount),
    }
  } finally {
    db.close()
  }
}

const hasUncheckpointedLog = (filename: string): boolean => {
  try {
    return fs.statSync(`${filename}-wal`).size > 0
  } catch {
    return false
  }
}

/**
 * Decides, without writing a byte, whether `filename` may be opened as a weerbaar store: a new or
 * empty file, or a weerbaar store of this or an older schema version.
 */
export const inspectStoreFile = (
  filename: string,
): Effect.Effect<"new" | "existing", NotAWeerbaarStore | NewerStoreSchema | StoreUnavailable> =>
  Effect.try({
    try: (): Header | "missing" | "empty" | "not-sqlite" => {
      const header = readHeader(filename)
      if (header === "missing" || header === "empty") return header
      if (header === "not-sqlite") return header
      return header.walMode && hasUncheckpointedLog(filename) ? readThroughSqlite(filename, header) : header
    },
    catch: (cause): NotAWeerbaarStore | StoreUnavailable => {
      const code = (cause as { code?: unknown }).code
      return code === "SQLITE_NOTADB"
        ? new NotAWeerbaarStore({ filename, reason: "the file is not a SQLite database" })
        : new StoreUnavailable({ filename, operation: "inspect", reason: String(cause) })
    },
  }).pipe(
    Effect.flatMap((header): Effect.Effect<"new" | "existing", NotAWeerbaarStore | NewerStoreSchema> => {
      if (header === "missing" || header === "empty") return Effect.succeed("new" as const)
      if (header === "not-sqlite") {
        return Effect.fail(new NotAWeerbaarStore({ filename, reason: "the file is not a SQLite database" }))
      }
      if (header.applicationId === 0 && header.pageCount <= 1) return Effect.succeed("new" as const)
      if (header.applicationId !== weerbaarApplicationId) {
        const owner =
          header.applicationId === 0
            ? "a SQLite database with tables of another application"
            : `a SQLite database of another application (application_id ${header.applicationId})`
        return Effect.fail(new NotAWeerbaarStore({ filename, reason: owner }))
      }
      if (header.userVersion > currentSchemaVersion) {
        return Effect.fail(
          new NewerStoreSchema({
            filename,
            fileVersion: header.userVersion,
            supportedVersion: currentSchemaVersion,
          }),
        )
      }
      return Effect.succeed("existing" as const)
    }),
  )
