import * as fs from "node:fs"
import * as path from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { type Run, tempFolder, weerbaar, weerbaarIn, initDecided } from "./support.js"

const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const key = path.join(folder, "operator.key")
const db = path.join(folder, "weerbaar.db")
let drafts = 0

beforeAll(() => {
  expect(weerbaar(folder, "key", "generate", "--out", key).code).toBe(0)
  initDecided(folder, { db, initArgs: ["--signing-key", key] })
})

/** A proposal draft (no decision), signed with the key; `env` and `options` as given. */
const draft = (env: Readonly<Record<string, string | undefined>>, ...options: ReadonlyArray<string>): Run =>
  weerbaarIn(
    { NO_COLOR: "1", WEERBAAR_CHECKPOINT_EVERY: undefined, ...env },
    folder,
    "proposal",
    "draft",
    `bv-${++drafts}`,
    "--body",
    "eg-ondermijnende-criminaliteit",
    "--title",
    "T",
    "--as",
    "lid-eg-oc-rheden",
    "--db",
    db,
    "--signing-key",
    key,
    ...options,
  )

/** The log's head and the latest signed position. */
const heads = () => {
  const file = new Database(db, { readonly: true })
  const head = (file.prepare("SELECT max(position) AS p FROM events").get() as { p: number }).p
  const signed = (file.prepare("SELECT max(position) AS p FROM signed_checkpoints").get() as { p: number }).p
  file.close()
  return { head, signed }
}

describe("--checkpoint-every", () => {
  it("signs the head after fewer events than the default; WEERBAAR_CHECKPOINT_EVERY does the same", () => {
    expect(draft({}).code).toBe(0)
    const unsigned = heads()
    expect(unsigned.signed).toBeLessThan(unsigned.head)
    expect(draft({}, "--checkpoint-every", "1").code).toBe(0)
    const byOption = heads()
    expect(byOption.signed).toBe(byOption.head)
    expect(draft({}).code).toBe(0)
    expect(heads().signed).toBe(byOption.head)
    expect(draft({ WEERBAAR_CHECKPOINT_EVERY: "1" }).code).toBe(0)
    const byEnvironment = heads()
    expect(byEnvironment.signed).toBe(byEnvironment.head)
  })

  it.each(["0", "-3", "1.5", "ten"])("refuses %s with exit 2 naming the option, storing nothing", (value) => {
    const before = heads()
    const byOption = draft({}, "--checkpoint-every", value)
    expect(byOption.code, byOption.stderr).toBe(2)
    expect(byOption.stderr).toContain(`--checkpoint-every '${value}' is not a positive whole number`)
    const byEnvironment = draft({ WEERBAAR_CHECKPOINT_EVERY: value })
    expect(byEnvironment.code, byEnvironment.stderr).toBe(2)
    expect(byEnvironment.stderr).toContain(`WEERBAAR_CHECKPOINT_EVERY '${value}' is not a positive whole number`)
    expect(heads()).toEqual(before)
  })
})
