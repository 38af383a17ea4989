import { Context, type Effect, Schema } from "effect"
import type { Timestamp } from "../kernel/CalendarDate.js"
import type { JsonValue } from "../kernel/canonicalJson.js"

/**
 * Who and what caused an append: the acting person, the correlation and causation ids that
 * tie a chain of commands together, and the idempotency key of a retried request.
 * @category event store
 */
export interface EventMetadata {
  readonly actor?: string
  readonly correlationId?: string
  readonly causationId?: string
  readonly idempotencyKey?: string
}

/** An event to append: its type, the version of its schema and its JSON payload. @category event store */
export interface NewEvent {
  readonly type: string
  readonly schemaVersion: number
  readonly payload: JsonValue
}

/**
 * Events to append to one stream, with the version the writer last saw (0 for a new stream).
 * A write without events stores nothing but still holds the append to that version: a condition
 * on a stream the command was decided on (the governance model, for one).
 * @category event store
 */
export interface StreamWrite {
  readonly streamId: string
  readonly expectedVersion: number
  readonly events: ReadonlyArray<NewEvent>
}

/**
 * An event as stored: its global `position` (1, 2, …), its `version` in its stream (1, 2, …),
 * when it was recorded, and the `hash` that chains it to the event before it.
 * @category event store
 */
export interface StoredEvent {
  readonly position: number
  readonly streamId: string
  readonly version: number
  readonly type: string
  readonly schemaVersion: number
  readonly payload: JsonValue
  readonly metadata: EventMetadata
  readonly recordedAt: Timestamp
  readonly hash: string
}

/** The events one append stored; `duplicate` when its idempotency key was seen before. @category event store */
export interface AppendResult {
  readonly events: ReadonlyArray<StoredEvent>
  readonly duplicate: boolean
}

/** The outcome of walking the hash chain. @category event store */
export type ChainVerification =
  | { readonly intact: true; readonly checked: number; readonly head: string }
  | { readonly intact: false; readonly checked: number; readonly position: number; readonly reason: string }

/**
 * Reading the log in order of position, after a position, optionally a page at a time, and
 * optionally only the streams whose id starts with a prefix (`track-bp-001-`: every track of one
 * measure). `limit` counts the events returned.
 * @category event store
 */
export interface ReadAllOptions {
  readonly after?: number
  readonly limit?: number
  readonly streamPrefix?: string
}

/**
 * Another writer appended to the stream first: the command must be decided again on the new state.
 * @category event store
 */
export class StreamVersionConflict extends Schema.TaggedError<StreamVersionConflict>()("StreamVersionConflict", {
  streamId: Schema.String,
  expectedVersion: Schema.Number,
  actualVersion: Schema.Number,
}) {
  override get message(): string {
    return `stream '${this.streamId}' is at version ${this.actualVersion}, not the expected ${this.expectedVersion}`
  }
}

/** The store could not be read or written. @category event store */
export class EventStoreFailure extends Schema.TaggedError<EventStoreFailure>()("EventStoreFailure", {
  operation: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `event store ${this.operation} failed: ${this.reason}`
  }
}

/**
 * The port to an append-only, hash-chained event log. Appends of several streams happen in one
 * transaction: all are stored, or none.
 * @category event store
 */
export interface EventStoreShape {
  readonly append: (
    writes: ReadonlyArray<StreamWrite>,
    metadata: EventMetadata,
  ) => Effect.Effect<AppendResult, StreamVersionConflict | EventStoreFailure>
  readonly readStream: (streamId: string) => Effect.Effect<ReadonlyArray<StoredEvent>, EventStoreFailure>
  readonly readAll: (options?: ReadAllOptions) => Effect.Effect<ReadonlyArray<StoredEvent>, EventStoreFailure>
  readonly streamVersion: (streamId: string) => Effect.Effect<number, EventStoreFailure>
  /** The events an append with this idempotency key stored, or none. */
  readonly readByIdempotencyKey: (key: string) => Effect.Effect<ReadonlyArray<StoredEvent>, EventStoreFailure>
  readonly lastPosition: Effect.Effect<number, EventStoreFailure>
  readonly verify: Effect.Effect<ChainVerification, EventStoreFailure>
}

/**
 * The event store service. Core ships {@link InMemoryEventStore}; `@weerbaar/adapters-sqlite`
 * ships a durable one.
 * @category event store
 */
export class EventStore extends Context.Tag("@weerbaar/core/EventStore")<EventStore, EventStoreShape>() {}
