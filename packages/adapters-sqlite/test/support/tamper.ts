// What someone with write access to the file can do: drop the append-only triggers, then change,
// remove or re-chain events with plain SQL. Used by the store's and the CLI's tamper tests.
import Database from "better-sqlite3"
import { Store } from "@weerbaar/core"
import { type EventRow, storedEventOf } from "../../src/internal/eventRows.js"

const unhashedOf = (row: EventRow): Omit<Store.StoredEvent, "hash"> => {
  const { hash: _, ...unhashed } = storedEventOf(row)
  return unhashed
}

const onFile = <A>(filename: string, work: (db: Database.Database) => A): A => {
  const db = new Database(filename)
  try {
    db.exec("DROP TRIGGER IF EXISTS events_are_never_updated")
    db.exec("DROP TRIGGER IF EXISTS events_are_never_deleted")
    return work(db)
  } finally {
    db.close()
  }
}

/** Deletes the last event of the log; returns its position. */
export const deleteLastEvent = (filename: string): number =>
  onFile(filename, (db) => {
    const { position } = db.prepare("SELECT MAX(position) AS position FROM events").get() as { position: number }
    db.prepare("DELETE FROM events WHERE position = ?").run(position)
    return position
  })

/**
 * Changes the payload of the event at `position` and recomputes its hash and every later one, so
 * that the chain itself is intact again.
 */
export const forgeAndRechain = (filename: string, position: number, alter: (payload: string) => string): void =>
  onFile(filename, (db) => {
    const rows = db
      .prepare("SELECT * FROM events WHERE position >= ? ORDER BY position")
      .all(position) as Array<EventRow>
    const before = db.prepare("SELECT hash FROM events WHERE position = ?").get(position - 1) as
      | { hash: string }
      | undefined
    let hash = before?.hash ?? Store.genesisHash
    const update = db.prepare("UPDATE events SET payload = ?, hash = ? WHERE position = ?")
    db.transaction(() => {
      for (const row of rows) {
        const payload = row.position === position ? alter(row.payload) : row.payload
        hash = Store.chainHash(hash, unhashedOf({ ...row, payload }))
        update.run(payload, hash, row.position)
      }
    })()
  })
