import { command, group, handle, text } from "../cli/spec.js"

const load = () => import("../actions/keys.js")

/** `key generate|rotate`: the operator's Ed25519 key that signs the store's checkpoints. */
export const key = group("key", "the operator's Ed25519 key that signs the store's checkpoints", [
  command(
    "generate",
    "write a new key pair: FILE (private, mode 0600) and FILE.pub (public); the store never holds the private key",
    { out: text("out", "the new private key file; the public key goes to FILE.pub", "file") },
    handle(load, (m, g, a) => m.generate(g, a)),
  ),
  command(
    "rotate",
    "write a new key pair (as generate) and sign the current head with the old key (--signing-key) " +
      "and the new one, so that the handover is on record; then sign with the new key",
    { out: text("out", "the new private key file; the public key goes to FILE.pub", "file") },
    handle(load, (m, g, a) => m.rotate(g, a)),
  ),
])
