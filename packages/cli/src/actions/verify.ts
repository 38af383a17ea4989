import { checkpointKeyId, SqliteStoreAdmin, type StoreVerification } from "@weerbaar/adapters-sqlite"
import type { Store } from "@weerbaar/core"
import { Effect } from "effect"
import { BadInput, CheckFailed } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { withProgress } from "../runtime/progress.js"
import { onStore, readKeyFile } from "../runtime/services.js"

/** A public key file, checked to be a key before the store is opened. */
const publicKeyFrom = (file: string) =>
  Effect.flatMap(readKeyFile(file, "--public-key"), (pem) =>
    Effect.try({
      try: () => {
        checkpointKeyId(pem)
        return pem
      },
      catch: () =>
        new BadInput({
          problem: `'${file}' is not a key in PEM`,
          next: "pass --public-key with the FILE.pub that `weerbaar key generate` wrote",
        }),
    }),
  )

/** `POSITION:HASH` as a head. */
const headFrom = (text: string): Effect.Effect<Store.LogHead, BadInput> => {
  const match = /^([1-9][0-9]*):([0-9a-f]{64})$/.exec(text.trim())
  return match === null
    ? Effect.fail(
        new BadInput({
          problem: `--expect '${text}' is not POSITION:HASH`,
          next: "pass --expect as `weerbaar checkpoint` prints it: a position, a colon and 64 hex digits",
        }),
      )
    : Effect.succeed({ position: Number(match[1]), hash: match[2]! })
}

const checked = (result: StoreVerification, keys: number, expected: number): string => {
  const lines = [
    `hash chain: ${result.events} events, head ${result.head.position}:${result.head.hash}`,
    "SQLite integrity_check: run",
    "read-model checkpoints beyond the log's end: checked",
    result.readModelsCompared.length > 0
      ? `read models compared with a rebuild in memory: ${result.readModelsCompared.length}`
      : "read models not compared with a rebuild (the chain is broken)",
    keys === 0
      ? "signed checkpoints: not checked (no --public-key)"
      : `signed checkpoints: ${result.checkpoints} checked with ${keys} key(s)${
          result.lastCheckpoint === undefined
            ? ""
            : `; the last at ${result.lastCheckpoint.position}, ${result.lastCheckpoint.eventsAfter} events after it unsigned`
        }`,
    `expected heads: ${expected}`,
  ]
  return lines.join("\n")
}

const restore = "restore the store from a backup (`weerbaar backup` makes one) and verify again"

/** What to do about the findings: only a store never signed (an import) is helped by signing it now. */
const nextAfter = (result: StoreVerification): string =>
  result.findings.every((f) => f.kind === "unsigned" && f.position === undefined)
    ? "if the log is the one you meant to keep (a store imported, or written without the key), sign its head: " +
      "`weerbaar checkpoint --signing-key FILE`, and pass the signing key to every command that writes from now on"
    : restore

/** SQLite's answer when it cannot read the file's pages (SQLITE_CORRUPT). */
const isDamage = (message: string) => message.includes("database disk image is malformed")

const damaged = (reason: string) =>
  new CheckFailed({
    problem: `the store file is damaged: SQLite cannot read it (${reason}); nothing more could be checked`,
    next: restore,
  })

/**
 * `verify`: the hash chain, SQLite's integrity check, the read models, the read-model checkpoints
 * and, with public keys, the signed checkpoints and the expected heads; every finding is named (exit 1).
 */
export const verify = (global: Global, args: { publicKey: ReadonlyArray<string>; expect: ReadonlyArray<string> }) =>
  Effect.gen(function* () {
    const publicKeys = yield* Effect.forEach(args.publicKey, publicKeyFrom)
    const expect = yield* Effect.forEach(args.expect, headFrom)
    return yield* onStore(
      global.db,
      Effect.gen(function* () {
        const admin = yield* SqliteStoreAdmin
        const result = yield* withProgress("verifying the store", admin.verifyStore({ publicKeys, expect }))
        const summary = checked(result, publicKeys.length, expect.length)
        if (!result.intact) {
          return yield* new CheckFailed({
            problem: `the store does not verify:\n${result.findings.map((f) => `- ${f.message}`).join("\n")}\n${summary}`,
            next: nextAfter(result),
          })
        }
        return { json: result, text: `intact\n${summary}` } satisfies Output
      }),
    ).pipe(
      Effect.mapError((e) => (e._tag !== "CheckFailed" && isDamage(e.message) ? damaged(e.message) : e)),
      Effect.catchAllDefect((defect) => {
        const message = defect instanceof Error ? defect.message : String(defect)
        return isDamage(message) ? Effect.fail(damaged(message)) : Effect.die(defect)
      }),
    )
  })
