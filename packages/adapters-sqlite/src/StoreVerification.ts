import type { Store } from "@weerbaar/core"
import type { CheckpointKey } from "./SignedCheckpoint.js"

/**
 * What a full verification of a store checks besides the hash chain.
 * @category checkpoints
 */
export interface VerifyStoreOptions {
  /** The operator's public keys (old ones after a rotation too): every signed checkpoint must verify with one. */
  readonly publicKeys?: ReadonlyArray<CheckpointKey>
  /** Heads recorded elsewhere (minutes, a besluitenlijst): the log must hold each of them. */
  readonly expect?: ReadonlyArray<Store.LogHead>
}

/**
 * One problem a verification found. `kind` says which check found it:
 * `chain` (a hash or position of the log), `integrity` (`PRAGMA integrity_check`), `read-model-checkpoint`
 * (a model projected beyond the log's end), `signed-checkpoint` (a checkpoint that does not verify or
 * that the log contradicts), `unsigned` (decisions no signed checkpoint covers), `expected-head`
 * (a head given to `expect`), `read-model-rows` (stored rows that differ from a rebuild in memory).
 * @category checkpoints
 */
export interface StoreFinding {
  readonly kind:
    | "chain"
    | "integrity"
    | "read-model-checkpoint"
    | "signed-checkpoint"
    | "unsigned"
    | "expected-head"
    | "read-model-rows"
  /** The log position the finding is about, when it is about one. */
  readonly position?: number
  readonly message: string
}

/**
 * The outcome of `SqliteStoreAdmin.verifyStore`: intact when `findings` is empty.
 * @category checkpoints
 */
export interface StoreVerification {
  readonly intact: boolean
  /** The head of the log as stored. */
  readonly head: Store.LogHead
  /** Events whose chain hash was checked. */
  readonly events: number
  /** Signed checkpoints checked against the public keys; 0 when no key was given. */
  readonly checkpoints: number
  /** The latest checkpoint that verified, and how many events follow it unsigned. */
  readonly lastCheckpoint: { readonly position: number; readonly eventsAfter: number } | undefined
  /** Read models whose rows were compared with a rebuild in memory (none when the chain is broken). */
  readonly readModelsCompared: ReadonlyArray<string>
  readonly findings: ReadonlyArray<StoreFinding>
}
