import * as fs from "node:fs"
import * as path from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { deleteLastEvent, forgeAndRechain } from "../../adapters-sqlite/test/support/tamper.js"
import { tempFolder, weerbaar, weerbaarIn } from "./support.js"

const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const key = path.join(folder, "operator.key")
const publicKey = `${key}.pub`
const original = path.join(folder, "original.db")
let copies = 0

/** A copy of the signed demo store, to tamper with. */
const copy = () => {
  const file = path.join(folder, `copy-${++copies}.db`)
  fs.copyFileSync(original, file)
  return file
}

const verify = (db: string, ...args: ReadonlyArray<string>) =>
  weerbaar(folder, "verify", "--db", db, "--public-key", publicKey, ...args)

beforeAll(() => {
  expect(weerbaar(folder, "key", "generate", "--out", key).code).toBe(0)
  const demo = weerbaarIn({ NO_COLOR: "1", WEERBAAR_SIGNING_KEY_FILE: key }, folder, "demo", "--db", original)
  expect(demo.code).toBe(0)
})

describe("tamper evidence on the command line", () => {
  it("writes the private key with mode 0600 and its public key beside it; never overwrites a key", () => {
    expect(fs.statSync(key).mode & 0o777).toBe(0o600)
    expect(fs.readFileSync(publicKey, "utf8")).toContain("BEGIN PUBLIC KEY")
    expect(weerbaar(folder, "key", "generate", "--out", key).code).toBe(2)
  })

  it("an untouched store verifies with the public key, and with the head `checkpoint` printed", () => {
    const db = copy()
    const signed = weerbaarIn({ NO_COLOR: "1" }, folder, "checkpoint", "--db", db, "--signing-key", key, "--json")
    expect(signed.code).toBe(0)
    const head = JSON.parse(signed.stdout) as { position: number; hash: string; signature: string }
    expect(head.signature).not.toBe("")
    const run = verify(db, "--expect", `${head.position}:${head.hash}`)
    expect(run.stderr).not.toContain("does not verify")
    expect(run.code).toBe(0)
    expect(run.stdout).toContain("intact")
  })

  it("deleting the last event is found: the read models' and the signed checkpoint lie beyond the log's end", () => {
    const db = copy()
    expect(weerbaar(folder, "checkpoint", "--db", db, "--signing-key", key).code).toBe(0)
    const last = deleteLastEvent(db)
    expect(weerbaar(folder, "verify", "--db", db).code).toBe(1)
    const run = verify(db)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`signed checkpoint at position ${last}`)
    expect(run.stderr).toContain(`beyond the log's end at ${last - 1}`)
  })

  it("a forged event with every later hash recomputed contradicts the signed checkpoint after it", () => {
    const db = copy()
    const forged = 5
    forgeAndRechain(db, forged, (payload) => payload.replace(/"[a-z]/, (s) => `"X${s.slice(1)}`))
    const next = new Database(db, { readonly: true })
    const signedAfter = (
      next.prepare("SELECT MIN(position) AS position FROM signed_checkpoints WHERE position >= ?").get(forged) as {
        position: number
      }
    ).position
    next.close()
    const run = verify(db)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`the log contradicts the signed checkpoint at position ${signedAfter}`)
  })

  it("a head recorded elsewhere that the log does not hold fails verify", () => {
    const run = verify(copy(), "--expect", `3:${"0".repeat(64)}`)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain("contradicts the expected head 3:")
    expect(verify(copy(), "--expect", "3:nothex").code).toBe(2)
  })

  it("rebuild refuses a broken chain, naming the position, unless --force", () => {
    const db = copy()
    const file = new Database(db)
    file.exec("DROP TRIGGER events_are_never_updated")
    file.prepare("UPDATE events SET recorded_at = ? WHERE position = 7").run("2019-01-01T00:00:00.000Z")
    file.close()
    const refused = weerbaar(folder, "rebuild", "--db", db)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain("position 7")
    const forced = weerbaar(folder, "rebuild", "--db", db, "--force")
    expect(forced.code).toBe(0)
    expect(forced.stdout).toContain("breaks at position 7")
  })

  it("after a rotation both keys' checkpoints verify; without the old key they cannot be checked", () => {
    const db = copy()
    const next = path.join(folder, "next.key")
    const rotated = weerbaar(folder, "key", "rotate", "--out", next, "--db", db, "--signing-key", key)
    expect(rotated.code).toBe(0)
    expect(fs.statSync(next).mode & 0o777).toBe(0o600)
    expect(verify(db, "--public-key", `${next}.pub`).code).toBe(0)
    const onlyNew = weerbaar(folder, "verify", "--db", db, "--public-key", `${next}.pub`)
    expect(onlyNew.code).toBe(1)
    expect(onlyNew.stderr).toContain("signed with a key no --public-key names")
  })
})
