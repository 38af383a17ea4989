import * as fs from "node:fs"
import * as path from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar, weerbaarIn } from "./support.js"

const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const key = path.join(folder, "operator.key")
const publicKey = `${key}.pub`
const log = path.join(folder, "log.jsonl")

beforeAll(() => {
  const original = path.join(folder, "original.db")
  expect(weerbaar(folder, "demo", "--db", original).code).toBe(0)
  expect(weerbaar(folder, "export", log, "--db", original).code).toBe(0)
  expect(weerbaar(folder, "key", "generate", "--out", key).code).toBe(0)
})

const verify = (db: string) => weerbaar(folder, "verify", "--db", db, "--public-key", publicKey)

describe("import and signed checkpoints", () => {
  it("with a signing key the imported head is signed, so the store verifies with the public key at once", () => {
    const db = path.join(folder, "signed.db")
    const imported = weerbaar(folder, "import", log, "--db", db, "--signing-key", key, "--json")
    expect(imported.code, imported.stderr).toBe(0)
    const { events, checkpoint } = JSON.parse(imported.stdout) as { events: number; checkpoint: { position: number } }
    expect(checkpoint.position).toBe(events)
    const run = verify(db)
    expect(run.code, run.stderr).toBe(0)
    expect(run.stdout).toContain(`the last at ${events}, 0 events after it unsigned`)
  })

  it("WEERBAAR_SIGNING_KEY_FILE signs the imported head too", () => {
    const db = path.join(folder, "signed-by-environment.db")
    expect(weerbaarIn({ NO_COLOR: "1", WEERBAAR_SIGNING_KEY_FILE: key }, folder, "import", log, "--db", db).code).toBe(
      0,
    )
    expect(verify(db).code).toBe(0)
  })

  it("without a key, import and verify say no checkpoint covers the imported decisions and how to add one", () => {
    const db = path.join(folder, "unsigned.db")
    const imported = weerbaarIn(
      { NO_COLOR: "1", WEERBAAR_SIGNING_KEY_FILE: undefined },
      folder,
      "import",
      log,
      "--db",
      db,
    )
    expect(imported.code, imported.stderr).toBe(0)
    expect(imported.stdout).toContain("no signed checkpoint covers the imported events")
    const run = verify(db)
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/no signed checkpoint, so none covers the \d+ decisions in its log/)
    expect(run.stderr).toContain("`weerbaar checkpoint --signing-key FILE`")
    expect(weerbaar(folder, "checkpoint", "--db", db, "--signing-key", key).code).toBe(0)
    expect(verify(db).code).toBe(0)
  })
})
