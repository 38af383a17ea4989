import * as fs from "node:fs"
import * as path from "node:path"
import Database from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { tempFolder, weerbaar } from "./support.js"

const folder = tempFolder()
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }))

const original = path.join(folder, "original.db")
let copies = 0

beforeAll(() => {
  expect(weerbaar(folder, "demo", "--db", original).code).toBe(0)
})

/** Where a table's or index's root page starts in the file, and the first event's stream id. */
const layoutOf = (file: string, name: string) => {
  const db = new Database(file, { readonly: true })
  const { rootpage } = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = ?").get(name) as { rootpage: number }
  const pageSize = db.pragma("page_size", { simple: true }) as number
  const { stream_id } = db.prepare("SELECT stream_id FROM events WHERE position = 1").get() as { stream_id: string }
  // A larger store has an index of more levels: its keys are on the leaf pages, not on the root.
  const leaves = (
    db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").all(name) as Array<{
      pageno: number
    }>
  ).map((p) => (p.pageno - 1) * pageSize)
  db.close()
  return {
    offset: (rootpage - 1) * pageSize,
    pageSize,
    streamId: stream_id,
    // The leaves first: a key on an interior page only divides, and overwriting it may go unnoticed.
    leaves: [...leaves, (rootpage - 1) * pageSize],
  }
}

/** A copy of the demo store whose bytes `damage` changes; the header (page 1) is never touched. */
const damagedCopy = (damage: (bytes: Buffer) => void) => {
  const file = path.join(folder, `damaged-${++copies}.db`)
  const bytes = fs.readFileSync(original)
  damage(bytes)
  fs.writeFileSync(file, bytes)
  return file
}

describe("verify on a damaged SQLite file", () => {
  it("an index page whose keys were overwritten fails PRAGMA integrity_check: exit 1 naming the finding", () => {
    const { leaves, pageSize, streamId } = layoutOf(original, "sqlite_autoindex_events_1")
    const db = damagedCopy((bytes) => {
      const offset = leaves.find((o) => bytes.subarray(o, o + pageSize).indexOf(streamId) > 0)
      expect(offset).toBeDefined()
      // Every copy on the page: a stale one in the page's free space would damage nothing.
      const page = bytes.subarray(offset!, offset! + pageSize)
      for (let at = page.indexOf(streamId); at > 0; at = page.indexOf(streamId, at + 1)) page.write("XX", at, "latin1")
    })
    const run = weerbaar(folder, "verify", "--db", db)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toMatch(/PRAGMA integrity_check: row \d+ missing from index sqlite_autoindex_events_1/)
    expect(run.stderr).toContain("restore the store from a backup")
  })

  it("a table page SQLite cannot read at all: exit 1 saying the file is damaged, without a stack trace", () => {
    const { offset } = layoutOf(original, "events")
    const db = damagedCopy((bytes) => {
      bytes.fill(0xff, offset + 8, offset + 40)
    })
    const run = weerbaar(folder, "verify", "--db", db)
    expect(run.code, run.stderr).toBe(1)
    expect(run.stderr).toContain("the store file is damaged: SQLite cannot read it (")
    expect(run.stderr).toContain("database disk image is malformed")
    expect(run.stderr).not.toMatch(/^\s+at /m)
  })
})
