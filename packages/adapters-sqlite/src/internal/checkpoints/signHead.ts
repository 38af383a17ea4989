import { sign } from "node:crypto"
import { Store } from "@weerbaar/core"
import type { SignedCheckpoint } from "../../SignedCheckpoint.js"
import type { Connection } from "../Connection.js"
import type { LoadedKey } from "./keys.js"

/**
 * Signs `head` with the operator's key and keeps the signature in `signed_checkpoints`, inside
 * the caller's transaction. A head this key signed before keeps its first signature.
 */
export const signHead = (
  sql: Connection,
  signer: LoadedKey,
  head: Store.LogHead,
  signedAt: string,
): SignedCheckpoint => {
  const signature = sign(null, Buffer.from(Store.checkpointMessage(head)), signer.key).toString("base64")
  sql.run(
    "INSERT OR IGNORE INTO signed_checkpoints (position, hash, key_id, signature, signed_at) VALUES (?, ?, ?, ?, ?)",
    [head.position, head.hash, signer.keyId, signature, signedAt],
  )
  return { position: head.position, hash: head.hash, keyId: signer.keyId, signature, signedAt }
}
