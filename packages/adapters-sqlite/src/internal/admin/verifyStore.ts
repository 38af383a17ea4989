import { Store } from "@weerbaar/core"
import { Effect } from "effect"
import type { StoreFinding, StoreVerification, VerifyStoreOptions } from "../../StoreVerification.js"
import { attempt } from "../attempt.js"
import { publicKeyOf } from "../checkpoints/keys.js"
import { verifyCheckpoints } from "../checkpoints/verifyCheckpoints.js"
import type { Connection } from "../Connection.js"
import { verifyLogNow } from "../eventLog/verify.js"
import { readHead } from "../eventLog/readHead.js"
import { sqlFailure } from "../eventLog/storeFailure.js"
import type { ReadPage } from "../readModels/catchUp.js"
import type { WriteTransaction } from "../writeTransaction.js"
import { compareReadModels } from "./compareReadModels.js"
import { integrityCheck } from "./integrityCheck.js"

const keysOf = (options: VerifyStoreOptions) => {
  try {
    return (options.publicKeys ?? []).map(publicKeyOf)
  } catch (e) {
    throw new Store.EventStoreFailure({ operation: "verify", reason: `a public key is unusable: ${String(e)}` })
  }
}

/** Read-model checkpoints beyond the log's end: the models saw events the log no longer holds. */
const modelsAhead = (sql: Connection, head: Store.LogHead): ReadonlyArray<StoreFinding> =>
  sql
    .all<{ model: string; checkpoint: number }>(
      "SELECT model, checkpoint FROM read_model_state WHERE checkpoint > ? ORDER BY model",
      [head.position],
    )
    .map(({ model, checkpoint }) => ({
      kind: "read-model-checkpoint",
      position: checkpoint,
      message: `read model '${model}' was projected up to position ${checkpoint}, beyond the log's end at ${head.position}: events were removed from the tail`,
    }))

const expectedHeads = (sql: Connection, expect: ReadonlyArray<Store.LogHead>): ReadonlyArray<StoreFinding> =>
  expect.flatMap((want) => {
    const found = sql.all<{ hash: string }>("SELECT hash FROM events WHERE position = ?", [want.position])[0]
    if (found?.hash === want.hash) return []
    return [
      {
        kind: "expected-head" as const,
        position: want.position,
        message:
          found === undefined
            ? `the expected head ${want.position}:${want.hash} is not in the log: it ends before position ${want.position}`
            : `the log contradicts the expected head ${want.position}:${want.hash}: event ${want.position} has hash ${found.hash}`,
      },
    ]
  })

/**
 * Everything a store can check of itself, in one write transaction (writers wait meanwhile): the
 * hash chain, SQLite's integrity check, read-model checkpoints beyond the log's end, the signed
 * checkpoints (when public keys are given), the expected heads, and the read models against a
 * rebuild in memory (only on an intact chain).
 */
export const verifyStore = (
  options: {
    readonly connection: Connection
    readonly write: WriteTransaction
    readonly readPageNow: ReadPage
    readonly models: ReadonlyArray<Store.AnyReadModel>
  },
  verifyOptions: VerifyStoreOptions,
): Effect.Effect<StoreVerification, Store.EventStoreFailure> => {
  const { connection: sql, readPageNow, models } = options
  return options
    .write(
      attempt((): StoreVerification => {
        const keys = keysOf(verifyOptions)
        const head = readHead(sql)
        const findings: Array<StoreFinding> = [...integrityCheck(sql)]
        const chain = verifyLogNow(sql)
        if (!chain.intact) {
          findings.push({
            kind: "chain",
            position: chain.position,
            message: `the hash chain breaks at position ${chain.position}: ${chain.reason}`,
          })
        }
        findings.push(...modelsAhead(sql, head))
        const signed = keys.length > 0 ? verifyCheckpoints(sql, keys, head) : undefined
        if (signed !== undefined) findings.push(...signed.findings)
        findings.push(...expectedHeads(sql, verifyOptions.expect ?? []))
        const compare = chain.intact && models.length > 0
        if (compare) findings.push(...compareReadModels(sql, models, readPageNow))
        return {
          intact: findings.length === 0,
          head,
          events: chain.checked,
          checkpoints: signed?.checked ?? 0,
          lastCheckpoint:
            signed === undefined || signed.lastValid === 0
              ? undefined
              : { position: signed.lastValid, eventsAfter: head.position - signed.lastValid },
          readModelsCompared: compare ? models.map((m) => m.name) : [],
          findings,
        }
      }),
    )
    .pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("verify")(e))))
}
