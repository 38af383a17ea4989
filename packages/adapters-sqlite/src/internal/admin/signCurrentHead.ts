import { Store } from "@weerbaar/core"
import { Clock, Effect } from "effect"
import type { SignedCheckpoint } from "../../SignedCheckpoint.js"
import { attempt } from "../attempt.js"
import type { LoadedKey } from "../checkpoints/keys.js"
import { signHead } from "../checkpoints/signHead.js"
import type { Connection } from "../Connection.js"
import { readHead } from "../eventLog/readHead.js"
import { sqlFailure } from "../eventLog/storeFailure.js"
import { verifyLogNow } from "../eventLog/verify.js"
import type { WriteTransaction } from "../writeTransaction.js"

const refused = (reason: string) => new Store.EventStoreFailure({ operation: "sign the head", reason })

/**
 * Signs the log's current head with the store's key now (for minutes or a besluitenlijst), after
 * checking the whole chain: a broken log is never signed. A head the key signed before is
 * answered with that checkpoint.
 */
export const signCurrentHead = (
  sql: Connection,
  write: WriteTransaction,
  signer: LoadedKey | undefined,
): Effect.Effect<SignedCheckpoint, Store.EventStoreFailure> =>
  Effect.flatMap(Clock.currentTimeMillis, (now) =>
    write(
      attempt(() => {
        if (signer === undefined) throw refused("the store was opened without a signing key")
        const head = readHead(sql)
        if (head.position === 0) throw refused("the log is empty: there is no head to sign")
        const chain = verifyLogNow(sql)
        if (!chain.intact) throw refused(`the hash chain breaks at position ${chain.position}: ${chain.reason}`)
        const signed = signHead(sql, signer, head, new Date(now).toISOString())
        const kept = sql.all<{ signature: string; signed_at: string }>(
          "SELECT signature, signed_at FROM signed_checkpoints WHERE position = ? AND key_id = ?",
          [head.position, signer.keyId],
        )[0]
        return kept === undefined ? signed : { ...signed, signature: kept.signature, signedAt: kept.signed_at }
      }),
    ).pipe(Effect.catchTag("SqlError", (e) => Effect.fail(sqlFailure("sign the head")(e)))),
  )
