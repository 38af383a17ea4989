import type { SignedCheckpoint } from "../../SignedCheckpoint.js"
import type { Connection } from "../Connection.js"

interface CheckpointRow {
  readonly position: number
  readonly hash: string
  readonly key_id: string
  readonly signature: string
  readonly signed_at: string
}

const checkpointOf = (row: CheckpointRow): SignedCheckpoint => ({
  position: row.position,
  hash: row.hash,
  keyId: row.key_id,
  signature: row.signature,
  signedAt: row.signed_at,
})

/** Every signed checkpoint, in order of position. */
export const readCheckpoints = (sql: Connection): ReadonlyArray<SignedCheckpoint> =>
  sql
    .all<CheckpointRow>(
      "SELECT position, hash, key_id, signature, signed_at FROM signed_checkpoints ORDER BY position, key_id",
    )
    .map(checkpointOf)

/** The position of the latest signed checkpoint; 0 when there is none. */
export const lastSignedPosition = (sql: Connection): number =>
  sql.all<{ position: number | null }>("SELECT MAX(position) AS position FROM signed_checkpoints")[0]?.position ?? 0
