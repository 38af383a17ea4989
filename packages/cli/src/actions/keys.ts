import { existsSync, writeFileSync } from "node:fs"
import { generateKeyPairSync } from "node:crypto"
import { checkpointKeyId, SqliteStoreAdmin } from "@weerbaar/adapters-sqlite"
import { Effect } from "effect"
import { BadInput } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { readKeyFile, requireStoreFile, storeLayer } from "../runtime/services.js"
import { signingKeyFile } from "../runtime/signingKey.js"

/** Writes a new Ed25519 key pair to `out` (0600) and `out.pub`; refuses to overwrite either. */
const writeKeyPair = (out: string) =>
  Effect.gen(function* () {
    const pub = `${out}.pub`
    const existing = [out, pub].find((file) => existsSync(file))
    if (existing !== undefined) {
      return yield* new BadInput({
        problem: `'${existing}' exists already`,
        next: "name a new file; no key is overwritten",
      })
    }
    const { privateKey, publicKey } = generateKeyPairSync("ed25519")
    const privatePem = privateKey.export({ type: "pkcs8", format: "pem" }).toString()
    yield* Effect.try({
      try: () => {
        writeFileSync(out, privatePem, { mode: 0o600, flag: "wx" })
        writeFileSync(pub, publicKey.export({ type: "spki", format: "pem" }).toString(), { mode: 0o644, flag: "wx" })
      },
      catch: (e) =>
        new BadInput({ problem: `cannot write the key: ${String(e)}`, next: "name a file in a writable folder" }),
    })
    return { privateKey: out, publicKey: pub, keyId: checkpointKeyId(publicKey), privatePem }
  })

/** `key generate`: a new key pair for signing the store's checkpoints. */
export const generate = (_global: Global, args: { out: string }) =>
  Effect.map(
    writeKeyPair(args.out),
    ({ privateKey, publicKey, keyId }) =>
      ({
        json: { privateKey, publicKey, keyId },
        text: [
          `key ${keyId}: private key in ${privateKey} (mode 0600, keep it outside the store and its backups),`,
          `public key in ${publicKey} (give it to whoever verifies: weerbaar verify --public-key ${publicKey})`,
        ].join("\n"),
      }) satisfies Output,
  )

const signHeadWith = (filename: string, key: string) =>
  Effect.flatMap(SqliteStoreAdmin, (admin) => admin.signHead).pipe(Effect.provide(storeLayer(filename, key)))

/**
 * `key rotate`: a new key pair; the current head is signed with the old key and then the new one,
 * so the handover from one to the other is on record.
 */
export const rotate = (global: Global, args: { out: string }) =>
  Effect.gen(function* () {
    const oldFile = signingKeyFile()
    if (oldFile === undefined) {
      return yield* new BadInput({
        problem: "key rotate needs the key in use",
        next: "pass --signing-key with the current private key (or set WEERBAAR_SIGNING_KEY_FILE)",
      })
    }
    yield* requireStoreFile(global.db)
    const oldKey = yield* readKeyFile(oldFile, "--signing-key")
    const fresh = yield* writeKeyPair(args.out)
    const byOld = yield* signHeadWith(global.db, oldKey)
    const byNew = yield* signHeadWith(global.db, fresh.privatePem)
    return {
      json: {
        privateKey: fresh.privateKey,
        publicKey: fresh.publicKey,
        keyId: fresh.keyId,
        checkpoints: [byOld, byNew],
      },
      text: [
        `key ${fresh.keyId}: private key in ${fresh.privateKey} (mode 0600), public key in ${fresh.publicKey}`,
        `head ${byNew.position}:${byNew.hash} signed with the old key ${byOld.keyId} and the new key ${byNew.keyId}`,
        `from now on pass --signing-key ${fresh.privateKey}; verify with both public keys`,
      ].join("\n"),
    } satisfies Output
  })
