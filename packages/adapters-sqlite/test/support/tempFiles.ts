import * as fs from "node:fs"
import * as os from "node:os"
import * as path from "node:path"
import type { Store } from "@weerbaar/core"
import { Effect, Layer } from "effect"
import { SqliteStore } from "../../src/index.js"

/** A fresh folder in the system's temporary folder, removed with the scope. */
export const tempFolder = Effect.acquireRelease(
  Effect.sync(() => fs.mkdtempSync(path.join(os.tmpdir(), "weerbaar-sqlite-"))),
  (folder) => Effect.sync(() => fs.rmSync(folder, { recursive: true, force: true })),
)

/** A store in a new file in its own temporary folder. */
export const freshStore = (readModels: ReadonlyArray<Store.AnyReadModel> = []) =>
  Layer.unwrapScoped(
    Effect.map(tempFolder, (folder) => SqliteStore.layer({ filename: path.join(folder, "store.sqlite"), readModels })),
  )
