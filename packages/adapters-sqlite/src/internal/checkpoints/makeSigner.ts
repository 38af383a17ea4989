import type { Store } from "@weerbaar/core"
import type { Connection } from "../Connection.js"
import type { LoadedKey } from "./keys.js"
import { lastSignedPosition } from "./readCheckpoints.js"
import { signHead } from "./signHead.js"

/** The event that records a body's decision: the store signs its head after every one. */
export const decisionEventType = "DecisionRecorded"

/** Signs at most this many events apart, when no option says otherwise. */
export const defaultCheckpointEvery = 1000

/**
 * When the store signs its head: after an append that records a decision (of any body), when
 * `every` events or more have passed since the latest checkpoint, and at the first append when
 * there is none yet. Runs synchronously inside the append's transaction (and savepoint), so a
 * checkpoint is stored exactly when its events are.
 */
export const makeSigner = (sql: Connection, key: LoadedKey, every: number) => ({
  afterAppend: (appended: ReadonlyArray<Store.StoredEvent>, head: Store.LogHead, recordedAt: string) => {
    const last = lastSignedPosition(sql)
    const due = last === 0 || head.position - last >= every || appended.some((e) => e.type === decisionEventType)
    if (due && head.position > last) signHead(sql, key, head, recordedAt)
  },
})

/** The store's signer, when it was given a key. */
export type Signer = ReturnType<typeof makeSigner>
