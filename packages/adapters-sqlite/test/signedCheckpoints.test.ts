import * as fs from "node:fs"
import { generateKeyPairSync } from "node:crypto"
import { assert, describe, it } from "@effect/vitest"
import Database from "better-sqlite3"
import { Store } from "@weerbaar/core"
import { Context, Effect, Layer } from "effect"
import {
  checkpointKeyId,
  type CheckpointKey,
  SqliteStore,
  SqliteStoreAdmin,
  type StoreVerification,
} from "../src/index.js"
import { event, perStream, storeFile } from "./support/storeOf.js"
import { deleteLastEvent, forgeAndRechain } from "./support/tamper.js"
import { tempFolder } from "./support/tempFiles.js"

const keyPair = () => {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519")
  return {
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
    publicKey: publicKey.export({ type: "spki", format: "pem" }).toString(),
  }
}

const withSignedStore = <A, E>(
  filename: string,
  signingKey: CheckpointKey | undefined,
  use: (store: { events: Store.EventStoreShape; admin: Context.Tag.Service<SqliteStoreAdmin> }) => Effect.Effect<A, E>,
  checkpointEvery?: number,
) =>
  Effect.scoped(
    Effect.flatMap(
      Layer.build(
        SqliteStore.layer({
          filename,
          readModels: [perStream],
          ...(signingKey === undefined ? {} : { signingKey }),
          ...(checkpointEvery === undefined ? {} : { checkpointEvery }),
        }),
      ),
      (context) =>
        use({ events: Context.get(context, Store.EventStore), admin: Context.get(context, SqliteStoreAdmin) }),
    ),
  )

/** Appends `types` one command each, to stream `item`. */
const appendAll = (events: Store.EventStoreShape, types: ReadonlyArray<string>) =>
  Effect.forEach(types, (type) =>
    Effect.flatMap(events.streamVersion("item"), (expectedVersion) =>
      events.append([{ streamId: "item", expectedVersion, events: [event(type, { type })] }], {
        actor: "secretaris-dvo",
      }),
    ),
  )

const verifyWith = (filename: string, options: Parameters<Context.Tag.Service<SqliteStoreAdmin>["verifyStore"]>[0]) =>
  withSignedStore(filename, undefined, ({ admin }) => admin.verifyStore(options))

const kinds = (verification: StoreVerification) => verification.findings.map((f) => [f.kind, f.position])

describe("signed checkpoints", () => {
  it.scoped("the store signs its head at the first append, after every decision and every N events", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const key = keyPair()
      yield* withSignedStore(
        filename,
        key.privateKey,
        ({ events }) =>
          appendAll(events, ["Opened", "Edited", "DecisionRecorded", "Edited", "Edited", "Edited", "Edited"]),
        3,
      )
      const checkpoints = yield* withSignedStore(filename, undefined, ({ admin }) => admin.checkpoints)
      assert.deepStrictEqual(
        checkpoints.map((c) => [c.position, c.keyId]),
        [1, 3, 6].map((p) => [p, checkpointKeyId(key.publicKey)]),
      )
      const verification = yield* verifyWith(filename, { publicKeys: [key.publicKey] })
      assert.deepStrictEqual(verification.findings, [])
      assert.deepStrictEqual(verification.lastCheckpoint, { position: 6, eventsAfter: 1 })
      assert.deepStrictEqual(verification.readModelsCompared, ["per-stream"])
    }),
  )

  it.scoped("the private key never enters the file", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const { privateKey } = generateKeyPairSync("ed25519")
      yield* withSignedStore(filename, privateKey, ({ events }) => appendAll(events, ["Opened", "DecisionRecorded"]))
      const seed = privateKey.export({ type: "pkcs8", format: "der" }).subarray(-32)
      const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString().split("\n")[1]!
      const bytes = fs.readFileSync(filename)
      assert.isFalse(bytes.includes(seed))
      assert.isFalse(bytes.includes(Buffer.from(pem)))
    }),
  )

  it.scoped(
    "deleting the last event is found: the signed checkpoint and the read models lie beyond the log's end",
    () =>
      Effect.gen(function* () {
        const filename = storeFile(yield* tempFolder)
        const key = keyPair()
        yield* withSignedStore(filename, key.privateKey, ({ events }) =>
          appendAll(events, ["Opened", "Edited", "DecisionRecorded"]),
        )
        assert.strictEqual(deleteLastEvent(filename), 3)
        const chainOnly = yield* withSignedStore(filename, undefined, ({ events }) => events.verify)
        assert.isTrue(chainOnly.intact)
        const unsigned = yield* verifyWith(filename, {})
        assert.deepStrictEqual(kinds(unsigned), [
          ["read-model-checkpoint", 3],
          ["read-model-rows", undefined],
        ])
        const signed = yield* verifyWith(filename, { publicKeys: [key.publicKey] })
        assert.deepStrictEqual(kinds(signed), [
          ["read-model-checkpoint", 3],
          ["signed-checkpoint", 3],
          ["read-model-rows", undefined],
        ])
        assert.include(signed.findings[1]!.message, "signed checkpoint at position 3")
        assert.include(signed.findings[1]!.message, "beyond the log's end at 2")
      }),
  )

  it.scoped("a forged event with every later hash recomputed contradicts the signed checkpoint after it", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const key = keyPair()
      yield* withSignedStore(filename, key.privateKey, ({ events }) =>
        appendAll(events, ["Opened", "Edited", "DecisionRecorded", "Edited"]),
      )
      forgeAndRechain(filename, 2, (payload) => payload.replace("Edited", "Forged"))
      const chainOnly = yield* withSignedStore(filename, undefined, ({ events }) => events.verify)
      assert.isTrue(chainOnly.intact)
      const verification = yield* verifyWith(filename, { publicKeys: [key.publicKey] })
      assert.isFalse(verification.intact)
      assert.deepStrictEqual(
        verification.findings.filter((f) => f.kind === "signed-checkpoint").map((f) => f.position),
        [3],
      )
      assert.include(verification.findings[0]!.message, "the log contradicts the signed checkpoint at position 3")
    }),
  )

  it.scoped("a removed checkpoint leaves a decision unsigned, a checkpoint of another key cannot be checked", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const first = keyPair()
      const second = keyPair()
      yield* withSignedStore(filename, first.privateKey, ({ events }) =>
        appendAll(events, ["Opened", "DecisionRecorded"]),
      )
      yield* withSignedStore(filename, second.privateKey, ({ events }) => appendAll(events, ["DecisionRecorded"]))
      const both = yield* verifyWith(filename, { publicKeys: [first.publicKey, second.publicKey] })
      assert.deepStrictEqual(both.findings, [])
      assert.strictEqual(both.checkpoints, 3)
      const onlyNew = yield* verifyWith(filename, { publicKeys: [second.publicKey] })
      assert.deepStrictEqual(kinds(onlyNew), [
        ["signed-checkpoint", 1],
        ["signed-checkpoint", 2],
      ])
      const db = new Database(filename)
      db.exec("DROP TRIGGER signed_checkpoints_are_never_deleted; DELETE FROM signed_checkpoints WHERE position = 3")
      db.close()
      const removed = yield* verifyWith(filename, { publicKeys: [first.publicKey, second.publicKey] })
      assert.deepStrictEqual(kinds(removed), [["unsigned", 3]])
    }),
  )

  it.scoped("a head recorded elsewhere is checked; changed read-model rows differ from a rebuild", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const head = yield* withSignedStore(filename, undefined, ({ events }) =>
        Effect.map(appendAll(events, ["Opened", "Edited"]), (results) => results.at(-1)!.events.at(-1)!),
      )
      const right = yield* verifyWith(filename, { expect: [{ position: 2, hash: head.hash }] })
      assert.deepStrictEqual(right.findings, [])
      const wrong = yield* verifyWith(filename, { expect: [{ position: 2, hash: "0".repeat(64) }] })
      assert.deepStrictEqual(kinds(wrong), [["expected-head", 2]])
      const db = new Database(filename)
      db.prepare("UPDATE read_model_rows SET row = ? WHERE model = ?").run('{"events":7}', "per-stream")
      db.close()
      const rows = yield* verifyWith(filename, {})
      assert.deepStrictEqual(kinds(rows), [["read-model-rows", undefined]])
    }),
  )

  it.scoped("an import signs the imported head with the key; without one, verify says no checkpoint covers it", () =>
    Effect.gen(function* () {
      const folder = yield* tempFolder
      const source = storeFile(folder)
      const log = storeFile(folder, "log.jsonl")
      yield* withSignedStore(source, undefined, ({ events, admin }) =>
        Effect.zipRight(appendAll(events, ["Opened", "DecisionRecorded", "Edited"]), admin.exportJsonLines(log)),
      )
      const key = keyPair()
      const signed = storeFile(folder, "signed.sqlite")
      yield* withSignedStore(signed, key.privateKey, ({ admin }) => admin.importJsonLines(log))
      const checkpoints = yield* withSignedStore(signed, undefined, ({ admin }) => admin.checkpoints)
      assert.deepStrictEqual(
        checkpoints.map((c) => c.position),
        [3],
      )
      assert.deepStrictEqual((yield* verifyWith(signed, { publicKeys: [key.publicKey] })).findings, [])

      const unsigned = storeFile(folder, "unsigned.sqlite")
      yield* withSignedStore(unsigned, undefined, ({ admin }) => admin.importJsonLines(log))
      const verification = yield* verifyWith(unsigned, { publicKeys: [key.publicKey] })
      assert.deepStrictEqual(kinds(verification), [["unsigned", undefined]])
      assert.include(verification.findings[0]!.message, "none covers the decision in its log")
    }),
  )

  it.scoped("a store that is not given an Ed25519 private key does not open", () =>
    Effect.gen(function* () {
      const filename = storeFile(yield* tempFolder)
      const error = yield* Effect.flip(withSignedStore(filename, keyPair().publicKey, () => Effect.void))
      assert.include(error.message, "private key")
    }),
  )
})
