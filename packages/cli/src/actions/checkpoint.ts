import { SqliteStoreAdmin } from "@weerbaar/adapters-sqlite"
import { Store } from "@weerbaar/core"
import { Effect } from "effect"
import { CheckFailed } from "../cli/errors.js"
import type { Global } from "../cli/global.js"
import type { Output } from "../cli/output.js"
import { onStore } from "../runtime/services.js"
import { signingKeyFile } from "../runtime/signingKey.js"

/**
 * `checkpoint`: the signed head to record in the minutes or a besluitenlijst. With a signing key
 * the current head is signed now (after the chain is checked); without, the latest checkpoint.
 */
export const checkpoint = (global: Global) =>
  onStore(
    global.db,
    Effect.gen(function* () {
      const admin = yield* SqliteStoreAdmin
      const head = yield* Effect.flatMap(Store.EventStore, (s) => s.lastPosition)
      const signed = signingKeyFile() === undefined ? (yield* admin.checkpoints).at(-1) : yield* admin.signHead
      if (signed === undefined) {
        return yield* new CheckFailed({
          problem: "the store holds no signed checkpoint",
          next: "pass --signing-key (or set WEERBAAR_SIGNING_KEY_FILE) to sign the current head",
        })
      }
      const after = head - signed.position
      return {
        json: { ...signed, eventsAfter: after },
        text: [
          `position  ${signed.position}${after > 0 ? ` (${after} later events not yet signed)` : ""}`,
          `hash      ${signed.hash}`,
          `key       ${signed.keyId}`,
          `signed    ${signed.signedAt}`,
          `signature ${signed.signature}`,
          `check it: weerbaar verify --public-key FILE.pub --expect ${signed.position}:${signed.hash}`,
        ].join("\n"),
      } satisfies Output
    }),
  )
