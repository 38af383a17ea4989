import { Either, ParseResult, Schema } from "effect"
import type { JsonValue } from "./canonicalJson.js"
import type { NewEvent, StoredEvent } from "../ports/EventStore.js"

/**
 * A stored event that does not decode as the events of its aggregate.
 * @category deciders
 */
export class UndecodableEvent extends Schema.TaggedError<UndecodableEvent>()("UndecodableEvent", {
  streamId: Schema.String,
  position: Schema.Number,
  type: Schema.String,
  reason: Schema.String,
}) {
  override get message(): string {
    return `event ${this.position} (${this.type}) in stream '${this.streamId}' does not decode: ${this.reason}`
  }
}

/**
 * Turns an aggregate's events (tagged schemas) into events to store and back. Events are the
 * durable contract: a changed meaning is a new event type, a changed shape a new schema version.
 * @category deciders
 */
export interface EventCodec<E extends { readonly _tag: string }> {
  readonly schemaVersion: number
  readonly toNewEvent: (event: E) => NewEvent
  readonly fromStored: (stored: StoredEvent) => Either.Either<E, UndecodableEvent>
  readonly handles: (type: string) => boolean
}

/** A codec for a union of tagged event schemas at schema version 1. @category deciders */
export const eventCodec = <E extends { readonly _tag: string }, I>(
  schema: Schema.Schema<E, I>,
  types: ReadonlyArray<string>,
): EventCodec<E> => {
  const encode = Schema.encodeSync(schema)
  const decode = Schema.decodeUnknownEither(schema)
  const known = new Set(types)
  return {
    schemaVersion: 1,
    handles: (type) => known.has(type),
    toNewEvent: (event) => ({ type: event._tag, schemaVersion: 1, payload: encode(event) as JsonValue }),
    fromStored: (stored) =>
      decode(stored.payload).pipe(
        Either.mapLeft(
          (error) =>
            new UndecodableEvent({
              streamId: stored.streamId,
              position: stored.position,
              type: stored.type,
              reason: ParseResult.TreeFormatter.formatErrorSync(error),
            }),
        ),
      ),
  }
}
