import { verify } from "node:crypto"
import { Store } from "@weerbaar/core"
import type { StoreFinding } from "../../StoreVerification.js"
import type { Connection } from "../Connection.js"
import { decisionEventType } from "./makeSigner.js"
import type { LoadedKey } from "./keys.js"
import { readCheckpoints } from "./readCheckpoints.js"

const hashAt = (sql: Connection, position: number): string | undefined =>
  sql.all<{ hash: string }>("SELECT hash FROM events WHERE position = ?", [position])[0]?.hash

/**
 * Checks every signed checkpoint against the keys and the log: its signature must verify with one
 * of `keys`, and the log must hold its head (the position, with that hash). Then no decision may
 * follow the latest valid checkpoint: the store signs after each, so one left unsigned means a
 * checkpoint was removed or the log was written without the key.
 */
export const verifyCheckpoints = (sql: Connection, keys: ReadonlyArray<LoadedKey>, head: Store.LogHead) => {
  const findings: Array<StoreFinding> = []
  const byId = new Map(keys.map((k) => [k.keyId, k.key]))
  const checkpoints = readCheckpoints(sql)
  let lastValid = 0
  for (const checkpoint of checkpoints) {
    const named = `signed checkpoint at position ${checkpoint.position} (key ${checkpoint.keyId}, ${checkpoint.signedAt})`
    const key = byId.get(checkpoint.keyId)
    if (key === undefined) {
      findings.push({
        kind: "signed-checkpoint",
        position: checkpoint.position,
        message: `${named} is signed with a key no --public-key names: it cannot be checked`,
      })
      continue
    }
    const message = Buffer.from(Store.checkpointMessage(checkpoint))
    if (!verify(null, message, key, Buffer.from(checkpoint.signature, "base64"))) {
      findings.push({
        kind: "signed-checkpoint",
        position: checkpoint.position,
        message: `${named} has a signature that does not verify`,
      })
      continue
    }
    if (checkpoint.position > head.position) {
      findings.push({
        kind: "signed-checkpoint",
        position: checkpoint.position,
        message: `${named} lies beyond the log's end at ${head.position}: events were removed from the tail`,
      })
      continue
    }
    if (hashAt(sql, checkpoint.position) !== checkpoint.hash) {
      findings.push({
        kind: "signed-checkpoint",
        position: checkpoint.position,
        message: `the log contradicts the ${named}: event ${checkpoint.position} no longer has the signed hash ${checkpoint.hash}`,
      })
      continue
    }
    lastValid = Math.max(lastValid, checkpoint.position)
  }
  if (head.position > 0 && checkpoints.length === 0) {
    const n = sql.all<{ n: number }>("SELECT count(*) AS n FROM events WHERE type = ?", [decisionEventType])[0]?.n ?? 0
    findings.push({
      kind: "unsigned",
      message: `the store holds no signed checkpoint, so none covers the ${n === 1 ? "decision" : `${n} decisions`} in its log (a store imported or written without a signing key): there is nothing to check the log against`,
    })
  }
  const unsigned = sql.all<{ position: number }>(
    "SELECT position FROM events WHERE type = ? AND position > ? ORDER BY position LIMIT 1",
    [decisionEventType, lastValid],
  )[0]
  if (unsigned !== undefined && checkpoints.length > 0) {
    findings.push({
      kind: "unsigned",
      position: unsigned.position,
      message: `the decision at position ${unsigned.position} follows the last valid signed checkpoint (${lastValid}): a checkpoint was removed, or it was recorded without the signing key`,
    })
  }
  return { findings, checked: checkpoints.length, lastValid }
}
