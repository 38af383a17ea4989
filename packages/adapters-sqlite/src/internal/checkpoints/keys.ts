import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto"
import { type CheckpointKey, checkpointKeyId } from "../../SignedCheckpoint.js"

/** A key ready to sign or verify checkpoints, with its id. */
export interface LoadedKey {
  readonly key: KeyObject
  readonly keyId: string
}

const ed25519 = (key: KeyObject, what: string): KeyObject => {
  if (key.asymmetricKeyType !== "ed25519") {
    throw new Error(`the ${what} is a ${key.asymmetricKeyType ?? "symmetric"} key; checkpoints need Ed25519`)
  }
  return key
}

/** The operator's private signing key; throws when it is not an Ed25519 private key. */
export const signingKeyOf = (input: CheckpointKey): LoadedKey => {
  let key: KeyObject
  try {
    key = typeof input === "string" ? createPrivateKey(input) : input
  } catch {
    throw new Error("the signing key is not a private key in PEM")
  }
  if (key.type !== "private") throw new Error("the signing key must be a private key, not a public one")
  ed25519(key, "signing key")
  return { key, keyId: checkpointKeyId(key) }
}

/** A public key to verify checkpoints with (a private key gives its public half); throws when not Ed25519. */
export const publicKeyOf = (input: CheckpointKey): LoadedKey => {
  let key: KeyObject
  try {
    key = typeof input !== "string" && input.type === "public" ? input : createPublicKey(input)
  } catch {
    throw new Error("the public key is not a key in PEM")
  }
  ed25519(key, "public key")
  return { key, keyId: checkpointKeyId(key) }
}
