import { createHash, createPublicKey, type KeyObject } from "node:crypto"

/**
 * A head of the log (position and chain hash) signed with the operator's Ed25519 key, as the
 * store keeps it in `signed_checkpoints`. The signature (base64) is over core's
 * `Store.checkpointMessage`.
 * @category checkpoints
 */
export interface SignedCheckpoint {
  readonly position: number
  readonly hash: string
  /** {@link checkpointKeyId} of the key that signed. */
  readonly keyId: string
  readonly signature: string
  readonly signedAt: string
}

/** An Ed25519 key as a PEM text (or `KeyObject`): the private key to sign, the public key to verify. @category checkpoints */
export type CheckpointKey = string | KeyObject

/**
 * The id of a checkpoint key: the first 16 hex digits of the SHA-256 of its public key (SPKI DER).
 * The same for a private key and its public key.
 * @category checkpoints
 */
export const checkpointKeyId = (key: CheckpointKey): string =>
  createHash("sha256")
    .update(
      (typeof key !== "string" && key.type === "public" ? key : createPublicKey(key)).export({
        type: "spki",
        format: "der",
      }),
    )
    .digest("hex")
    .slice(0, 16)
