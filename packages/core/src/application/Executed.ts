import { Schema } from "effect"
import type { EventStoreFailure, StoredEvent, StreamVersionConflict } from "../ports/EventStore.js"
import type { UndecodableEvent } from "../kernel/EventCodec.js"
import type { Refused, RuleViolation } from "../kernel/Refusal.js"
import type { GovernanceModel } from "../governance/GovernanceModel.js"

/** The store holds no governance model yet: adopt one first (`weerbaar init`). @category application */
export class NoGovernanceModel extends Schema.TaggedError<NoGovernanceModel>()("NoGovernanceModel", {}) {
  override get message(): string {
    return "the store holds no governance model yet: adopt one first"
  }
}

/**
 * How a command is executed: an idempotency key makes a retry harmless; an expected stream
 * version (from an ETag) makes a stale command fail instead of being decided on newer state;
 * correlation and causation ids tie commands together.
 * @category application
 */
export interface ExecuteOptions {
  readonly idempotencyKey?: string
  readonly expectedVersion?: number
  readonly correlationId?: string
  readonly causationId?: string
}

/** What an executed command stored, and the state of its stream after it. @category application */
export interface Executed<S = unknown> {
  /** The events stored: the command's own and those of the policies' reactions. */
  readonly events: ReadonlyArray<StoredEvent>
  /**
   * The rules the model let the command through with a signal (`signaleren`) instead of
   * refusing it; for a replay of an idempotent retry, the signals the first request stored.
   */
  readonly signals: ReadonlyArray<RuleViolation>
  /** True when an idempotent retry returned what the first request stored. */
  readonly duplicate: boolean
  /** The version of the command's stream after the command. */
  readonly streamVersion: number
  /**
   * The state of the command's stream after the command (for a retry, as the stream stands now):
   * what an adapter answers with, without folding the decider itself.
   */
  readonly state: S
  /**
   * The governance model the command was decided on, in force when it was stored; absent for a
   * replay of an idempotent retry.
   */
  readonly model?: GovernanceModel
}

/** Every way executing a command can fail. @category application */
export type ExecuteError = Refused | StreamVersionConflict | EventStoreFailure | NoGovernanceModel | UndecodableEvent

/** Reading a stream or the model can fail so. @category application */
export type ReadError = EventStoreFailure | UndecodableEvent
