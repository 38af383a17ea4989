import * as fs from "node:fs"
import { assert, describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { Effect } from "effect"
import { storeSchemaVersion } from "../src/index.js"
import { openStore, storeFile, withStore } from "./support/storeOf.js"
import { tempFolder } from "./support/tempFiles.js"

const snapshot = (folder: string) =>
  fs
    .readdirSync(folder)
    .sort()
    .map((name) => `${name}:${fs.readFileSync(`${folder}/${name}`).toString("base64")}`)
    .join("\n")

const refusal = (filename: string) => Effect.scoped(Effect.flip(openStore(filename)))

describe("opening a file", () => {
  it.scoped("a new file becomes a weerbaar store of the current schema version", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      yield* withStore(filename, ({ events }) => events.lastPosition)
      const db = new Database(filename, { readonly: true })
      assert.strictEqual(db.pragma("application_id", { simple: true }), 0x57424152)
      assert.strictEqual(db.pragma("user_version", { simple: true }), storeSchemaVersion)
      assert.strictEqual(db.pragma("journal_mode", { simple: true }), "wal")
      db.close()
    }),
  )

  it.scoped("a store of a newer schema version is refused and left byte for byte as it was", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder)
      yield* withStore(filename, ({ events }) => events.lastPosition)
      const db = new Database(filename)
      db.pragma(`user_version = ${storeSchemaVersion + 1}`)
      db.close()
      const before = snapshot(folder)
      const error = yield* refusal(filename)
      assert.strictEqual(error._tag, "NewerStoreSchema")
      assert.include(error.message, `version ${storeSchemaVersion + 1}`)
      assert.strictEqual(snapshot(folder), before)
    }),
  )

  it.scoped("the database of another application is refused and left byte for byte as it was", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder, "zaaksysteem.sqlite")
      const db = new Database(filename)
      db.exec(
        "CREATE TABLE zaken (id INTEGER PRIMARY KEY, titel TEXT); INSERT INTO zaken (titel) VALUES ('bouwvergunning')",
      )
      db.close()
      const before = snapshot(folder)
      const error = yield* refusal(filename)
      assert.strictEqual(error._tag, "NotAWeerbaarStore")
      assert.strictEqual(snapshot(folder), before)
    }),
  )

  it.scoped("a SQLite file in WAL mode with another application id is refused and left as it was", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const filename = storeFile(folder, "other.sqlite")
      const db = new Database(filename)
      db.pragma("journal_mode = WAL")
      db.pragma("application_id = 42")
      db.close()
      const before = snapshot(folder)
      const error = yield* refusal(filename)
      assert.strictEqual(error._tag, "NotAWeerbaarStore")
      assert.include(error.message, "application_id 42")
      assert.strictEqual(snapshot(folder), before)
    }),
  )

  it.scoped("a file that is not SQLite at all is refused and left byte for byte as it was", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      for (const [name, content] of [
        ["notes.txt", "Besluitenlijst stuurgroep, 1 juni 2016\n"],
        ["short.bin", "SQLite"],
        ["header-only.sqlite", "SQLite format 3\0".padEnd(200, "x")],
      ] as const) {
        const filename = storeFile(folder, name)
        fs.writeFileSync(filename, content)
        const before = snapshot(folder)
        const error = yield* refusal(filename)
        assert.strictEqual(error._tag, "NotAWeerbaarStore", name)
        assert.strictEqual(snapshot(folder), before, name)
      }
    }),
  )

  it.scoped("an empty file becomes a store", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      fs.writeFileSync(filename, "")
      assert.strictEqual(yield* withStore(filename, ({ events }) => events.lastPosition), 0)
    }),
  )

  it.scoped("a folder that does not exist is a typed failure", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const error = yield* refusal(`${folder}/missing/store.sqlite`)
      assert.strictEqual(error._tag, "StoreUnavailable")
    }),
  )
})
